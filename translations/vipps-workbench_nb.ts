<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>Api::AccessToken</name>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="45"/>
        <source>The access token answer has a &quot;%1&quot; field that is not a number of seconds.</source>
        <translation>Svaret med tilgangstoken har et &quot;%1&quot;-felt som ikke er et antall sekunder.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="80"/>
        <source>The access token answer has no &quot;access_token&quot; field.</source>
        <translation>Svaret med tilgangstoken har ikke noe &quot;access_token&quot;-felt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="82"/>
        <source>The access token answer has an &quot;access_token&quot; field that is not a non-empty string.</source>
        <translation>Svaret med tilgangstoken har et &quot;access_token&quot;-felt som ikke er en ikke-tom streng.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="96"/>
        <source>The access token answer is not JSON (%1 at byte %2).</source>
        <translation>Svaret med tilgangstoken er ikke JSON (%1 ved byte %2).</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="102"/>
        <source>The access token answer is not a JSON object.</source>
        <translation>Svaret med tilgangstoken er ikke et JSON-objekt.</translation>
    </message>
</context>
<context>
    <name>Api::ApiClient</name>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="151"/>
        <source>No base URL: choose an environment or enter the simulator&apos;s address.</source>
        <translation>Ingen basis-URL: velg et miljø eller skriv inn simulatorens adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="153"/>
        <source>&quot;%1&quot; is not a valid path below the base URL.</source>
        <translation>&quot;%1&quot; er ikke en gyldig sti under basis-URL-en.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="157"/>
        <source>No subscription key: enter the Ocp-Apim-Subscription-Key in the profile.</source>
        <translation>Ingen abonnementsnøkkel: skriv inn Ocp-Apim-Subscription-Key i profilen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="161"/>
        <source>%1 needs a merchant serial number (MSN): enter the MSN of the sales unit in the profile.</source>
        <translation>%1 trenger et salgsstedsnummer (MSN): skriv inn salgsstedets MSN i profilen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="162"/>
        <source>This call</source>
        <translation>Dette kallet</translation>
    </message>
</context>
<context>
    <name>Api::ApiError</name>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="83"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="84"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="90"/>
        <source>no error</source>
        <translation>ingen feil</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="92"/>
        <source>invalid input: %1</source>
        <translation>ugyldig inndata: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="95"/>
        <source>network error: %1</source>
        <translation>nettverksfeil: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="99"/>
        <source>unexpected response (HTTP %1): %2</source>
        <translation>uventet svar (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="103"/>
        <source>configuration error: %1</source>
        <translation>konfigurasjonsfeil: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="105"/>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="171"/>
        <source>timed out after %1</source>
        <translation>tidsavbrudd etter %1</translation>
    </message>
</context>
<context>
    <name>Api::ClientConfig</name>
    <message>
        <location filename="../src/core/api/clientconfig.cpp" line="28"/>
        <source>The answer from %1 was longer than %2, more than any Vipps API sends; it was not read to its end.</source>
        <translation>Svaret fra %1 var lengre enn %2, mer enn noe Vipps-API sender; det ble ikke lest til slutten.</translation>
    </message>
    <message>
        <location filename="../src/core/api/clientconfig.cpp" line="34"/>
        <source>No answer from %1: %2</source>
        <translation>Ingen svar fra %1: %2</translation>
    </message>
</context>
<context>
    <name>Api::EPayment</name>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="86"/>
        <source>The amount must be at least %1; amounts are in minor units (øre/cents), so 1000 means 10.00.</source>
        <translation>Beløpet må være minst %1; beløp oppgis i minste enhet (øre/cent), så 1000 betyr 10,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="90"/>
        <source>The amount must be at least %1 (%2 %3); amounts are in minor units (øre/cents), so 1000 means 10.00 %3.</source>
        <translation>Beløpet må være minst %1 (%2 %3); beløp oppgis i minste enhet (øre/cent), så 1000 betyr 10,00 %3.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="99"/>
        <source>The amount must be at most %1 (%2); amounts are in minor units (øre/cents), so 1000 means 10.00.</source>
        <translation>Beløpet kan være høyst %1 (%2); beløp oppgis i minste enhet (øre/cent), så 1000 betyr 10,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="113"/>
        <source>The amount must be at most %1.</source>
        <translation>Beløpet kan være høyst %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="117"/>
        <source>Enter an amount of at least %1, e.g. 49.00.</source>
        <translation>Skriv inn et beløp på minst %1, f.eks. 49,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="118"/>
        <source>The amount must be at least %1.</source>
        <translation>Beløpet må være minst %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="130"/>
        <source>The currency must be one of %1 (in capitals) and match the sales unit&apos;s market.</source>
        <translation>Valutaen må være en av %1 (med store bokstaver) og passe til salgsstedets marked.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="140"/>
        <source>The reference must be 8 to 64 characters long (it has %1); for example acme-order-0001.</source>
        <translation>Referansen må være 8 til 64 tegn lang (den har %1), for eksempel acme-order-0001.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="149"/>
        <source>The reference may contain only letters A-Z and a-z, digits and &apos;-&apos;; remove &apos;%1&apos;.</source>
        <translation>Referansen kan bare inneholde bokstavene A-Z og a-z, sifre og &apos;-&apos;; fjern &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="165"/>
        <source>The payment description must be 3 to 100 characters long (it has %1), or left out.</source>
        <translation>Betalingsbeskrivelsen må være 3 til 100 tegn lang (den har %1), eller utelates.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="175"/>
        <source>The user flow must be one of %1.</source>
        <translation>Brukerflyten må være en av %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="184"/>
        <source>The return URL is not a valid absolute URL; use for example https://example.com/return.</source>
        <translation>Retur-URL-en er ikke en gyldig absolutt URL; bruk for eksempel https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="188"/>
        <source>The return URL must start with https:// or a custom app scheme (myapp://); http:// is not accepted.</source>
        <translation>Retur-URL-en må begynne med https:// eller et eget app-skjema (myapp://); http:// godtas ikke.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="192"/>
        <source>The return URL has no host; use for example https://example.com/return.</source>
        <translation>Retur-URL-en har ingen vert; bruk for eksempel https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="203"/>
        <source>WEB_REDIRECT needs a return URL, the page the user comes back to; for example https://example.com/return.</source>
        <translation>WEB_REDIRECT trenger en retur-URL, siden brukeren kommer tilbake til; for eksempel https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="227"/>
        <source>The phone number must be 10 to 15 digits with the country code and no &apos;+&apos; or spaces; for example 4712345678.</source>
        <translation>Telefonnummeret må være 10 til 15 sifre med landskode og uten &apos;+&apos; eller mellomrom, for eksempel 4712345678.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="238"/>
        <source>PUSH_MESSAGE needs the customer&apos;s phone number: digits with the country code, for example 4712345678.</source>
        <translation>PUSH_MESSAGE trenger kundens telefonnummer: sifre med landskode, for eksempel 4712345678.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="253"/>
        <source>The payment method type must be WALLET or CARD.</source>
        <translation>Betalingsmetodetypen må være WALLET eller CARD.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="256"/>
        <source>CARD payments need the WEB_REDIRECT user flow; use WALLET with %1.</source>
        <translation>CARD-betalinger trenger brukerflyten WEB_REDIRECT; bruk WALLET med %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="266"/>
        <source>The customer interaction must be CUSTOMER_PRESENT or CUSTOMER_NOT_PRESENT, or left out.</source>
        <translation>Kundeinteraksjonen må være CUSTOMER_PRESENT eller CUSTOMER_NOT_PRESENT, eller utelates.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="369"/>
        <source>Give the test user&apos;s phone number (for example 4712345678) or the token from the payment&apos;s redirect URL.</source>
        <translation>Oppgi testbrukerens telefonnummer (for eksempel 4712345678) eller tokenet fra betalingens redirect-URL.</translation>
    </message>
</context>
<context>
    <name>Api::EPaymentApi</name>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="62"/>
        <source>Give the payment&apos;s reference, as it was created; for example acme-order-0001.</source>
        <translation>Oppgi betalingens referanse slik den ble opprettet, for eksempel acme-order-0001.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="76"/>
        <source>The idempotency key must be at most 50 visible ASCII characters without spaces; leave it empty to get a new one.</source>
        <translation>Idempotensnøkkelen kan ha maks 50 synlige ASCII-tegn uten mellomrom; la den stå tom for å få en ny.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="121"/>
        <source>The answer to &quot;%1&quot; is not %2 as the ePayment API documents; check that the base URL points at Vipps or the simulator.</source>
        <translation>Svaret på &quot;%1&quot; er ikke %2 slik ePayment API-et dokumenterer; sjekk at basis-URL-en peker på Vipps eller simulatoren.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="132"/>
        <source>a JSON object</source>
        <translation>et JSON-objekt</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="148"/>
        <source>a JSON array of events</source>
        <translation>en JSON-array med hendelser</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="304"/>
        <source>Force approve exists only in the test environment; approve the payment in the Vipps app, or use a test or simulator profile.</source>
        <translation>Tvungen godkjenning finnes bare i testmiljøet; godkjenn betalingen i Vipps-appen, eller bruk en test- eller simulatorprofil.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="319"/>
        <source>Create payment</source>
        <translation>Opprett betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="325"/>
        <source>Get payment</source>
        <translation>Hent betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="331"/>
        <source>Get payment events</source>
        <translation>Hent betalingshendelser</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="338"/>
        <source>Capture payment</source>
        <translation>Trekk betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="345"/>
        <source>Refund payment</source>
        <translation>Refunder betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="353"/>
        <source>Cancel payment</source>
        <translation>Kanseller betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="359"/>
        <source>Force approve payment</source>
        <translation>Tvangsgodkjenn betaling</translation>
    </message>
</context>
<context>
    <name>Api::EventCatalog</name>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="13"/>
        <source>Payment request created</source>
        <translation>Betalingsforespørsel opprettet</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="14"/>
        <source>User cancelled in the app or on the landing page before approving</source>
        <translation>Brukeren avbrøt i appen eller på landingssiden før godkjenning</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="15"/>
        <source>User did not act before the payment timed out</source>
        <translation>Brukeren gjorde ingenting før betalingen utløp</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="16"/>
        <source>Merchant cancelled (released) the reserved, uncaptured amount</source>
        <translation>Brukerstedet kansellerte (frigjorde) det reserverte, ikke trukne beløpet</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="17"/>
        <source>Amount captured, fully or partially</source>
        <translation>Beløp trukket, helt eller delvis</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="18"/>
        <source>Amount refunded, fully or partially</source>
        <translation>Beløp refundert, helt eller delvis</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="19"/>
        <source>User approved the payment; the amount is reserved</source>
        <translation>Brukeren godkjente betalingen; beløpet er reservert</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="20"/>
        <source>Merchant cancelled the payment before the user approved it</source>
        <translation>Brukerstedet kansellerte betalingen før brukeren godkjente den</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="21"/>
        <source>Agreement accepted by the user</source>
        <translation>Avtalen godtatt av brukeren</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="22"/>
        <source>Agreement rejected by the user</source>
        <translation>Avtalen avvist av brukeren</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="23"/>
        <source>Agreement stopped by the merchant or the user (see the payload&apos;s actor)</source>
        <translation>Avtalen stoppet av brukerstedet eller brukeren (se actor i innholdet)</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="24"/>
        <source>Pending agreement expired before the user acted</source>
        <translation>Ventende avtale utløp før brukeren gjorde noe</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="25"/>
        <source>Charge reserved</source>
        <translation>Trekk reservert</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="26"/>
        <source>Charge captured</source>
        <translation>Trekk gjennomført</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="27"/>
        <source>Charge cancelled (the event type is spelled with a single l)</source>
        <translation>Trekk kansellert (hendelsestypen staves med én l)</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="28"/>
        <source>Charge failed</source>
        <translation>Trekk mislyktes</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="29"/>
        <source>Charge refunded</source>
        <translation>Trekk refundert</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="30"/>
        <source>Asynchronous failure of a (bulk) charge creation</source>
        <translation>Asynkron feil ved oppretting av (masse)trekk</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="31"/>
        <source>User scanned a merchant-callback QR code; the payload carries a customerToken valid for 15 minutes</source>
        <translation>Brukeren skannet en QR-kode med tilbakekall til brukerstedet; innholdet har et customerToken som gjelder i 15 minutter</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="33"/>
        <source>User confirmed a merchant-initiated login (CIBA); the payload carries auth_req_id</source>
        <translation>Brukeren bekreftet en innlogging startet av brukerstedet (CIBA); innholdet har auth_req_id</translation>
    </message>
</context>
<context>
    <name>Api::PaymentRules</name>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="36"/>
        <source>Only a CREATED payment can be approved; this one is %1.</source>
        <translation>Bare en betaling i tilstanden CREATED kan godkjennes; denne er %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="49"/>
        <source>Only an AUTHORIZED payment can be captured; this one is %1.</source>
        <translation>Bare en betaling i tilstanden AUTHORIZED kan trekkes; denne er %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="53"/>
        <source>Nothing is left to capture: %1 authorized, %2 captured, %3 cancelled.</source>
        <translation>Ingenting er igjen å trekke: %1 reservert, %2 trukket, %3 kansellert.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="63"/>
        <source>Nothing is captured yet, so nothing can be refunded.</source>
        <translation>Ingenting er trukket ennå, så ingenting kan refunderes.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="64"/>
        <source>Nothing is left to refund: %1 captured, %2 refunded.</source>
        <translation>Ingenting er igjen å refundere: %1 trukket, %2 refundert.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="75"/>
        <source>The payment is %1, which is final: it cannot be cancelled.</source>
        <translation>Betalingen er %1, som er endelig: den kan ikke kanselleres.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="78"/>
        <source>Nothing authorized is left to cancel; refund what was captured instead.</source>
        <translation>Ingenting reservert er igjen å kansellere; refunder det som er trukket i stedet.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="86"/>
        <source>The payment is %1, which is final: its landing page has nothing left to do.</source>
        <translation>Betalingen er %1, som er endelig: landingssiden har ingenting mer å gjøre.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="88"/>
        <source>The API gave no landing page for this payment (a PUSH_MESSAGE payment goes to the app).</source>
        <translation>API-et ga ingen landingsside for denne betalingen (en PUSH_MESSAGE-betaling går til appen).</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="98"/>
        <source>Cancel %1? It has not been approved yet: it ends as TERMINATED and can no longer be paid.</source>
        <translation>Kansellere %1? Den er ikke godkjent ennå: den ender som TERMINATED og kan ikke lenger betales.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="102"/>
        <source>Cancel %1? The %2 authorized is released to the customer and can no longer be captured.</source>
        <translation>Kansellere %1? De reserverte %2 frigjøres til kunden og kan ikke lenger trekkes.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="104"/>
        <source>Cancel %1? The %2 not captured is released to the customer and can no longer be captured; the %3 captured stays, to be refunded if need be.</source>
        <translation>Kansellere %1? De %2 som ikke er trukket, frigjøres til kunden og kan ikke lenger trekkes; de %3 som er trukket, blir stående og kan refunderes ved behov.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="113"/>
        <source>approve (simulator and test environment)</source>
        <translation>godkjenn (simulator og testmiljø)</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="115"/>
        <source>capture up to %1</source>
        <translation>trekk opptil %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="117"/>
        <source>refund up to %1</source>
        <translation>refunder opptil %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="119"/>
        <source>cancel (terminates it)</source>
        <translation>kanseller (avslutter den)</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="120"/>
        <source>cancel the %1 not captured</source>
        <translation>kanseller de %1 som ikke er trukket</translation>
    </message>
</context>
<context>
    <name>Api::TokenProvider</name>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="56"/>
        <source>Get access token</source>
        <translation>Hent tilgangstoken</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="75"/>
        <source>base URL</source>
        <translation>basis-URL</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="77"/>
        <source>client id</source>
        <translation>klient-ID</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="79"/>
        <source>client secret</source>
        <translation>klienthemmelighet</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="81"/>
        <source>subscription key</source>
        <translation>abonnementsnøkkel</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="85"/>
        <source>Cannot get an access token without a %1. Enter it in the profile.</source>
        <translation>Kan ikke hente tilgangstoken uten %1. Skriv den inn i profilen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="127"/>
        <source>The credentials were refused: check the client id, client secret and subscription key, and that they belong to this environment.</source>
        <translation>Legitimasjonen ble avvist: sjekk klient-ID, klienthemmelighet og abonnementsnøkkel, og at de hører til dette miljøet.</translation>
    </message>
</context>
<context>
    <name>Api::WebhooksApi</name>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="89"/>
        <source>The webhook URL must be a full address with a host, starting with https:// (http:// only for the simulator), for example https://example.com/hooks/vipps.</source>
        <translation>Webhook-URL-en må være en fullstendig adresse med vert som begynner med https:// (http:// bare for simulatoren), for eksempel https://example.com/hooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="104"/>
        <source>Vipps only delivers to https:// URLs that the internet can reach; %1 does not work: run a tunnel to this machine and register its public https:// URL.</source>
        <translation>Vipps leverer bare til https://-URL-er som kan nås fra internett; %1 fungerer ikke: kjør en tunnel til denne maskinen og registrer tunnelens offentlige https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="108"/>
        <source>Vipps only delivers to https:// URLs (TLS 1.2 or newer); register the https:// address of your endpoint, or a tunnel&apos;s public https:// URL.</source>
        <translation>Vipps leverer bare til https://-URL-er (TLS 1.2 eller nyere); registrer https://-adressen til endepunktet ditt, eller en tunnels offentlige https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="133"/>
        <source>&quot;%1&quot; is not a webhook event type; did you mean %2?</source>
        <translation>&quot;%1&quot; er ikke en webhook-hendelsestype; mente du %2?</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="135"/>
        <source>&quot;%1&quot; is not a webhook event type; choose one from the event list, for example epayments.payment.captured.v1.</source>
        <translation>&quot;%1&quot; er ikke en webhook-hendelsestype; velg en fra hendelseslisten, for eksempel epayments.payment.captured.v1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="145"/>
        <source>Give at least one event type to subscribe to, for example epayments.payment.captured.v1.</source>
        <translation>Oppgi minst én hendelsestype å abonnere på, for eksempel epayments.payment.captured.v1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="179"/>
        <source>The register answer is not a JSON object with &quot;id&quot; and &quot;secret&quot;.</source>
        <translation>Svaret på registreringen er ikke et JSON-objekt med &quot;id&quot; og &quot;secret&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="184"/>
        <source>The register answer has no &quot;id&quot;; list the webhooks to find the new one.</source>
        <translation>Svaret på registreringen har ingen &quot;id&quot;; list webhookene for å finne den nye.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="188"/>
        <source>The register answer has no &quot;secret&quot;, so deliveries cannot be verified; delete webhook %1 and register it again.</source>
        <translation>Svaret på registreringen har ingen &quot;secret&quot;, så leveringer kan ikke verifiseres; slett webhook %1 og registrer den på nytt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="218"/>
        <source>The list answer is not a JSON object with a &quot;webhooks&quot; array.</source>
        <translation>Listesvaret er ikke et JSON-objekt med en &quot;webhooks&quot;-array.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="223"/>
        <source>The list answer&apos;s &quot;webhooks&quot; array holds something other than objects.</source>
        <translation>Listesvarets &quot;webhooks&quot;-array inneholder noe annet enn objekter.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="274"/>
        <source>Give the id of the webhook to delete, as the list of webhooks shows it.</source>
        <translation>Oppgi ID-en til webhooken som skal slettes, slik listen over webhooker viser den.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="292"/>
        <source>Register webhook</source>
        <translation>Registrer webhook</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="301"/>
        <source>List webhooks</source>
        <translation>List webhooker</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="307"/>
        <source>Delete webhook</source>
        <translation>Slett webhook</translation>
    </message>
</context>
<context>
    <name>Credentials::KeychainSecretStore</name>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="53"/>
        <source>The keychain holds no secret under this name. Enter the secret again.</source>
        <translation>Nøkkelringen har ingen hemmelighet under dette navnet. Skriv inn hemmeligheten på nytt.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="56"/>
        <source>No keychain is available on this system (QtKeychain: %1): secrets are kept in memory for this run only.</source>
        <translation>Ingen nøkkelring er tilgjengelig på dette systemet (QtKeychain: %1): hemmeligheter holdes i minnet bare så lenge programmet kjører.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="62"/>
        <source>The keychain refused access (%1). Unlock the keychain or allow this program to use it, then try again.</source>
        <translation>Nøkkelringen nektet tilgang (%1). Lås opp nøkkelringen eller gi dette programmet lov til å bruke den, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="68"/>
        <source>The keychain could not complete the request (%1). Try again; if it keeps failing, check the system&apos;s keychain service.</source>
        <translation>Nøkkelringen kunne ikke fullføre forespørselen (%1). Prøv igjen; hvis det fortsetter å feile, sjekk systemets nøkkelringtjeneste.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="82"/>
        <source>no details given</source>
        <translation>ingen detaljer oppgitt</translation>
    </message>
</context>
<context>
    <name>Credentials::MemorySecretStore</name>
    <message>
        <location filename="../src/core/credentials/memorysecretstore.cpp" line="15"/>
        <source>No secret is stored under this name for this run. Enter it again.</source>
        <translation>Ingen hemmelighet er lagret under dette navnet i denne kjøringen. Skriv den inn på nytt.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/memorysecretstore.cpp" line="35"/>
        <source>No secret was stored under this name; nothing to remove.</source>
        <translation>Ingen hemmelighet var lagret under dette navnet; ingenting å fjerne.</translation>
    </message>
</context>
<context>
    <name>Credentials::Profile</name>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="18"/>
        <source>The profile needs a name. Enter one, for example &quot;test&quot;.</source>
        <translation>Profilen trenger et navn. Skriv inn et, for eksempel &quot;test&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="21"/>
        <source>A profile name cannot contain &quot;/&quot; or &quot;\&quot;. Remove them from the name.</source>
        <translation>Et profilnavn kan ikke inneholde &quot;/&quot; eller &quot;\&quot;. Fjern dem fra navnet.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="37"/>
        <source>The base URL must be a full http:// or https:// address with a host, for example http://127.0.0.1:8080. Check the address.</source>
        <translation>Basis-URL-en må være en fullstendig http://- eller https://-adresse med vert, for eksempel http://127.0.0.1:8080. Sjekk adressen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="43"/>
        <source>The base URL must not contain a user name or password. Remove the part before &quot;@&quot;.</source>
        <translation>Basis-URL-en kan ikke inneholde brukernavn eller passord. Fjern delen før &quot;@&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="53"/>
        <source>The client ID is missing. Copy client_id from the API keys of the sales unit in the business portal.</source>
        <translation>Klient-ID mangler. Kopier client_id fra salgsstedets API-nøkler i bedriftsportalen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="66"/>
        <source>The merchant serial number (MSN) is missing. Enter the 4 to 10 digits of the sales unit, or turn on partner mode.</source>
        <translation>Salgsstedsnummeret (MSN) mangler. Skriv inn salgsstedets 4 til 10 sifre, eller slå på partnermodus.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="74"/>
        <source>The merchant serial number (MSN) must be 4 to 10 digits and nothing else, for example 123456. Check it in the business portal.</source>
        <translation>Salgsstedsnummeret (MSN) må være 4 til 10 sifre og ingenting annet, for eksempel 123456. Sjekk det i bedriftsportalen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="94"/>
        <source>%1 can hold only printable ASCII characters and spaces, for example &quot;acme-shop&quot; or &quot;2.1.0&quot;.</source>
        <translation>%1 kan bare inneholde skrivbare ASCII-tegn og mellomrom, for eksempel &quot;acme-shop&quot; eller &quot;2.1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="102"/>
        <source>%1 can be at most %2 characters long; this one has %3. Shorten it.</source>
        <translation>%1 kan være høyst %2 tegn lang; denne har %3. Gjør den kortere.</translation>
    </message>
</context>
<context>
    <name>Credentials::ProfileStorage</name>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="30"/>
        <source>unknown profile &apos;%1&apos;: no profile is saved yet (in %2). Create one in vipps-workbench, or pass --base-url and the keys instead.</source>
        <translation>ukjent profil &apos;%1&apos;: ingen profil er lagret ennå (i %2). Opprett en i vipps-workbench, eller oppgi --base-url og nøklene i stedet.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="33"/>
        <source>unknown profile &apos;%1&apos;. Known profiles: %2.</source>
        <translation>ukjent profil &apos;%1&apos;. Kjente profiler: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="38"/>
        <source>profile &apos;%1&apos; cannot be used: its environment setting is not one this program knows. Open it in vipps-workbench and save it again.</source>
        <translation>profilen &apos;%1&apos; kan ikke brukes: miljøinnstillingen er ikke en dette programmet kjenner. Åpne den i vipps-workbench og lagre den på nytt.</translation>
    </message>
</context>
<context>
    <name>Credentials::ProfileWithSecrets</name>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="131"/>
        <source>The keys of profile %1 could not be read from the keychain, so it keeps its name: %2</source>
        <translation>Nøklene til profilen %1 kunne ikke leses fra nøkkelringen, så den beholder navnet sitt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="162"/>
        <source>The keys of profile %1 could not be saved under the name %2, so it keeps its old name and keys: %3</source>
        <translation>Nøklene til profilen %1 kunne ikke lagres under navnet %2, så den beholder det gamle navnet og nøklene: %3</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="173"/>
        <source>Profile %1 could not be renamed: check that the settings file can be written.</source>
        <translation>Profilen %1 kunne ikke få nytt navn: sjekk at innstillingsfilen er skrivbar.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="200"/>
        <source>Profile %1 is now %2 with its keys, but the keychain still holds them under the old name too: %3</source>
        <translation>Profilen %1 heter nå %2 og har nøklene sine, men nøkkelringen har dem fortsatt også under det gamle navnet: %3</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="213"/>
        <source>Profile %1 cannot be renamed to %2: that name is taken or not allowed, or profile %1 is gone.</source>
        <translation>Profilen %1 kan ikke få navnet %2: navnet er tatt eller ikke tillatt, eller profilen %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="234"/>
        <source>There is no profile %1 to delete.</source>
        <translation>Det finnes ingen profil %1 å slette.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="242"/>
        <source>The keys of profile %1 could not be read from the keychain, so it is not deleted: %2</source>
        <translation>Nøklene til profilen %1 kunne ikke leses fra nøkkelringen, så den slettes ikke: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="248"/>
        <source>The keychain did not remove the keys of profile %1, so it is not deleted: %2</source>
        <translation>Nøkkelringen fjernet ikke nøklene til profilen %1, så den slettes ikke: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="252"/>
        <source>Profile %1 could not be deleted: check that the settings file can be written.</source>
        <translation>Profilen %1 kunne ikke slettes: sjekk at innstillingsfilen er skrivbar.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../ui/credentialspanel.ui" line="14"/>
        <source>Credentials</source>
        <translation>Legitimasjon</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="34"/>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="44"/>
        <source>Duplicate the selected profile</source>
        <translation>Dupliser valgt profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="54"/>
        <source>Rename the selected profile</source>
        <translation>Gi valgt profil nytt navn</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="64"/>
        <source>Delete the selected profile</source>
        <translation>Slett valgt profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="74"/>
        <source>Use the selected profile</source>
        <translation>Bruk valgt profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="97"/>
        <source>Credentials status</source>
        <translation>Legitimasjonsstatus</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="119"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="122"/>
        <source>Double-click or press Enter to use a profile</source>
        <translation>Dobbeltklikk eller trykk Enter for å bruke en profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="145"/>
        <location filename="../ui/credentialspanel.ui" line="168"/>
        <source>Production warning</source>
        <translation>Produksjonsadvarsel</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="165"/>
        <source>Production: calls here move real money</source>
        <translation>Produksjon: kall herfra flytter ekte penger</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="186"/>
        <source>Profile being edited</source>
        <translation>Profil som redigeres</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="206"/>
        <source>Save the profile</source>
        <translation>Lagre profilen</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="216"/>
        <source>Revert the changes</source>
        <translation>Forkast endringene</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="235"/>
        <source>Access token</source>
        <translation>Tilgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="238"/>
        <source>Access token of the profile in use</source>
        <translation>Tilgangstoken for profilen som er i bruk</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="244"/>
        <source>Get an access token</source>
        <translation>Hent et tilgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="254"/>
        <source>Access token expiry</source>
        <translation>Utløp for tilgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="264"/>
        <source>Why no access token was given</source>
        <translation>Hvorfor det ikke ble gitt noe tilgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="284"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="287"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>Start en ny profil (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="290"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="298"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="301"/>
        <source>Start a new profile with the selected one&apos;s settings; the keys are not copied (Ctrl+D)</source>
        <translation>Start en ny profil med innstillingene fra den valgte; nøklene kopieres ikke (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="304"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="312"/>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="315"/>
        <source>Edit the name of the selected profile, then save (F2)</source>
        <translation>Endre navnet på valgt profil, og lagre (F2)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="318"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="326"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="329"/>
        <source>Delete the selected profile, after asking (Delete)</source>
        <translation>Slett valgt profil etter å ha spurt (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="332"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="340"/>
        <source>Use this profile</source>
        <translation>Bruk denne profilen</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="343"/>
        <source>Make the selected profile the one every panel calls with (Ctrl+Enter, or Enter in the list)</source>
        <translation>Gjør valgt profil til den alle paneler kaller med (Ctrl+Enter, eller Enter i listen)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="346"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="354"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="357"/>
        <source>Save the profile; typed keys go to the keychain (Ctrl+S)</source>
        <translation>Lagre profilen; innskrevne nøkler går til nøkkelringen (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="360"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="368"/>
        <source>Revert</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="371"/>
        <source>Forget the unsaved changes</source>
        <translation>Glem de ulagrede endringene</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="376"/>
        <source>Get access token</source>
        <translation>Hent tilgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="379"/>
        <source>Ask for an access token with the keys of the profile in use (Ctrl+T)</source>
        <translation>Be om et tilgangstoken med nøklene til profilen som er i bruk (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="382"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
</context>
<context>
    <name>DeliveryLogPanel</name>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="14"/>
        <source>Deliveries</source>
        <translation>Leveringer</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="32"/>
        <source>Webhook deliveries the simulator attempted</source>
        <translation>Webhook-leveringer simulatoren har forsøkt</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="51"/>
        <source>Deliveries hint</source>
        <translation>Hint om leveranser</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="76"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="14"/>
        <source>Event log</source>
        <translation>Hendelseslogg</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="34"/>
        <source>Show only events whose name, reference, amount, result, status or webhook id contains this text (Ctrl+F)</source>
        <translation>Vis bare hendelser der navn, referanse, beløp, resultat, status eller webhook-ID inneholder denne teksten (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="37"/>
        <source>Event filter</source>
        <translation>Hendelsesfilter</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="40"/>
        <source>Filter by event, reference, amount, webhook id…</source>
        <translation>Filtrer på hendelse, referanse, beløp, webhook-ID…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="50"/>
        <source>Show only events with the chosen verification results; none chosen shows all</source>
        <translation>Vis bare hendelser med de valgte verifiseringsresultatene; ingen valgt viser alle</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="53"/>
        <source>Verification result filter</source>
        <translation>Filter for verifiseringsresultat</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="66"/>
        <source>Pause or resume the event log</source>
        <translation>Sett hendelsesloggen på pause eller fortsett</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="167"/>
        <source>Events that arrived while paused; Resume adds them to the table</source>
        <translation>Hendelser som kom mens loggen var på pause; Fortsett legger dem til i tabellen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="170"/>
        <source>Events waiting while paused</source>
        <translation>Hendelser som venter under pause</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="76"/>
        <source>Clear the event log</source>
        <translation>Tøm hendelsesloggen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="86"/>
        <source>Follow the latest event</source>
        <translation>Følg siste hendelse</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="100"/>
        <source>Received events</source>
        <translation>Mottatte hendelser</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="137"/>
        <source>Event log status</source>
        <translation>Status for hendelsesloggen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="160"/>
        <source>Events matching the filter</source>
        <translation>Hendelser som passer filteret</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="184"/>
        <source>Show the newest event and follow new ones again</source>
        <translation>Vis den nyeste hendelsen og følg nye igjen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="187"/>
        <source>New events below</source>
        <translation>Nye hendelser nedenfor</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="199"/>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="202"/>
        <source>Move to the filter (Ctrl+F)</source>
        <translation>Gå til filteret (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="205"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="216"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="219"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="227"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="230"/>
        <source>Empty this view (Ctrl+L). Nothing is lost: the journal keeps every received event.</source>
        <translation>Tøm denne visningen (Ctrl+L). Ingenting går tapt: journalen tar vare på alle mottatte hendelser.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="233"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="247"/>
        <source>Follow latest</source>
        <translation>Følg siste</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="250"/>
        <source>Keep the newest event in view. Scrolling up or selecting an older event turns this off; scrolling to the bottom turns it back on.</source>
        <translation>Hold den nyeste hendelsen synlig. Å rulle opp eller velge en eldre hendelse slår dette av; å rulle helt ned slår det på igjen.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="258"/>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="266"/>
        <source>Invalid</source>
        <translation>Ugyldig</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="274"/>
        <source>Stale</source>
        <translation>Utdatert</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="282"/>
        <source>Unsigned</source>
        <translation>Usignert</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="290"/>
        <source>No secret</source>
        <translation>Ingen hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="295"/>
        <source>Show all results</source>
        <translation>Vis alle resultater</translation>
    </message>
</context>
<context>
    <name>Events::EventLogModel</name>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="270"/>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="309"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="310"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="311"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="312"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="313"/>
        <source>Verification</source>
        <translation>Verifisering</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="314"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="315"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="316"/>
        <source>Handler</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>Events::ExportFile</name>
    <message>
        <location filename="../src/core/events/exportfile.cpp" line="24"/>
        <location filename="../src/core/events/exportfile.cpp" line="41"/>
        <source>Cannot write %1: %2.</source>
        <translation>Kan ikke skrive %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/exportfile.cpp" line="26"/>
        <source>Cannot make %1 private: %2.</source>
        <translation>Kan ikke gjøre %1 privat: %2.</translation>
    </message>
</context>
<context>
    <name>Events::ExportWriter</name>
    <message>
        <location filename="../src/core/events/exportwriter.cpp" line="41"/>
        <source>Writing the export failed: %1.</source>
        <translation>Eksporten kunne ikke skrives: %1.</translation>
    </message>
</context>
<context>
    <name>Events::HandlerAnswer</name>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="13"/>
        <source>forwarded</source>
        <translation>videresendt</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="14"/>
        <source>replayed</source>
        <translation>sendt på nytt</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="15"/>
        <source>replayed re-signed</source>
        <translation>sendt på nytt med ny signatur</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="16"/>
        <source>edited and replayed</source>
        <translation>endret og sendt på nytt</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="24"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="27"/>
        <source>timed out</source>
        <translation>tidsavbrudd</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="28"/>
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="36"/>
        <source>%1 %2 to %3: %4 in %5 ms</source>
        <translation>%1 %2 til %3: %4 på %5 ms</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="40"/>
        <source>%1 %2 to %3: %4</source>
        <translation>%1 %2 til %3: %4</translation>
    </message>
</context>
<context>
    <name>Events::HarDecoder</name>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="89"/>
        <source>startedDateTime is missing or not a date and time.</source>
        <translation>startedDateTime mangler eller er ikke et tidspunkt.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="98"/>
        <source>request._targetBase64 is not base64.</source>
        <translation>request._targetBase64 er ikke base64.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="103"/>
        <source>request.url is missing or not an absolute URL.</source>
        <translation>request.url mangler eller er ikke en absolutt URL.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="126"/>
        <source>request.headers is missing or not a list.</source>
        <translation>request.headers mangler eller er ikke en liste.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="131"/>
        <source>request.headers[%1] needs a name and a value.</source>
        <translation>request.headers[%1] må ha et navn og en verdi.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="146"/>
        <source>request.postData._bodyBase64 is not base64.</source>
        <translation>request.postData._bodyBase64 er ikke base64.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="156"/>
        <source>response.status is missing or not a whole number.</source>
        <translation>response.status mangler eller er ikke et heltall.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="172"/>
        <source>_verification needs a result, and a reason and webhookId as text.</source>
        <translation>_verification må ha et resultat, og reason og webhookId som tekst.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="184"/>
        <source>_remote is not text.</source>
        <translation>_remote er ikke tekst.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="186"/>
        <source>_duplicate is not true or false.</source>
        <translation>_duplicate er verken true eller false.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="206"/>
        <source>request.method is missing.</source>
        <translation>request.method mangler.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="222"/>
        <source>_seq is not a whole number from 0 to 2^53.</source>
        <translation>_seq er ikke et heltall fra 0 til 2^53.</translation>
    </message>
</context>
<context>
    <name>Events::ImportReader</name>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="54"/>
        <source>Cannot read %1: %2.</source>
        <translation>Kan ikke lese %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="61"/>
        <source>%1 is neither a HAR file nor JSON Lines: it does not start with &apos;{&apos;.</source>
        <translation>%1 er verken en HAR-fil eller JSON Lines: den begynner ikke med &apos;{&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="75"/>
        <source>%1 is larger than %2 MiB, the most a HAR file may have here; export as JSON Lines (--format jsonl), which is read as a stream.</source>
        <translation>%1 er større enn %2 MiB, det meste en HAR-fil kan være her; eksporter som JSON Lines (--format jsonl), som leses som en strøm.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="84"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 er ikke gyldig JSON: %2 ved byte %3.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="89"/>
        <source>%1 is not a HAR file: it has no log.entries list.</source>
        <translation>%1 er ikke en HAR-fil: den har ingen log.entries-liste.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="108"/>
        <source>HAR entry %1 (seq %2)</source>
        <translation>HAR-oppføring %1 (seq %2)</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="109"/>
        <source>HAR entry %1</source>
        <translation>HAR-oppføring %1</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="110"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="125"/>
        <source>the first entry</source>
        <translation>den første oppføringen</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="125"/>
        <source>the entry after seq %1</source>
        <translation>oppføringen etter seq %1</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="127"/>
        <source>%1: %2 is not a journal entry (not JSON, or a field missing or of the wrong type).</source>
        <translation>%1: %2 er ikke en journaloppføring (ikke JSON, eller et felt mangler eller har feil type).</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="132"/>
        <source>%1: %2 is cut off: the file ends in the middle of it.</source>
        <translation>%1: %2 er avkuttet: filen slutter midt i den.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="173"/>
        <source>%1 has more than %2 entries, the most read at once.</source>
        <translation>%1 har flere enn %2 oppføringer, det meste som leses på én gang.</translation>
    </message>
</context>
<context>
    <name>Events::PackBuilder</name>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="15"/>
        <source>a test pack needs at least one step.</source>
        <translation>en testpakke trenger minst ett steg.</translation>
    </message>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="23"/>
        <source>duplicate:%1 repeats an event the pack sent before: put entry %1 in an earlier step.</source>
        <translation>duplicate:%1 gjentar en hendelse pakken har sendt før: legg oppføring %1 i et tidligere steg.</translation>
    </message>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="29"/>
        <source>out-of-order:%1 goes before an event that happened earlier: put an entry before #%1 in a later step.</source>
        <translation>out-of-order:%1 sendes før en hendelse som skjedde tidligere: legg en oppføring før #%1 i et senere steg.</translation>
    </message>
</context>
<context>
    <name>Events::PackFile</name>
    <message>
        <location filename="../src/core/events/packfile.cpp" line="14"/>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/events/packfile.cpp" line="29"/>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Events::PackStep</name>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="52"/>
        <source>a valid delivery must be acknowledged with a 2xx within 10 s, or Vipps retries it</source>
        <translation>en gyldig levering må kvitteres med en 2xx innen 10 s, ellers prøver Vipps igjen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="53"/>
        <source>a body that differs from what was signed must be refused</source>
        <translation>en body som er annerledes enn det som ble signert, må avvises</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="54"/>
        <source>a delivery signed with another secret must be refused</source>
        <translation>en levering signert med en annen hemmelighet må avvises</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="55"/>
        <source>a delivery signed long ago must be refused (a replayed capture)</source>
        <translation>en levering signert for lenge siden må avvises (en gjenspilt capture)</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="57"/>
        <source>a repeated delivery must be acknowledged with a 2xx (and handled once), or Vipps keeps retrying it</source>
        <translation>en gjentatt levering må kvitteres med en 2xx (og behandles én gang), ellers fortsetter Vipps å prøve igjen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="59"/>
        <source>an event that arrives before an earlier one must still be acknowledged with a 2xx, or Vipps retries it and holds back the payment&apos;s later events</source>
        <translation>en hendelse som kommer før en tidligere en, må likevel kvitteres med en 2xx, ellers prøver Vipps igjen og holder tilbake betalingens senere hendelser</translation>
    </message>
</context>
<context>
    <name>Events::PackStepRequest</name>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="25"/>
        <source>signed with another secret</source>
        <translation>signert med en annen hemmelighet</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="29"/>
        <source>signed correctly, with an x-ms-date %1 minutes old</source>
        <translation>riktig signert, med en x-ms-date som er %1 minutter gammel</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="35"/>
        <source>sent again, re-signed with a new x-ms-date as Vipps&apos; retries are</source>
        <translation>sendt på nytt, signert på nytt med ny x-ms-date slik Vipps&apos; nye forsøk er</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="36"/>
        <source>sent before an event that happened earlier</source>
        <translation>sendt før en hendelse som skjedde tidligere</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="37"/>
        <source>signed correctly</source>
        <translation>riktig signert</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="49"/>
        <source>a space added to the body after signing</source>
        <translation>et mellomrom lagt til i body etter signering</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="53"/>
        <source>the amount changed from %1 to %2 after signing</source>
        <translation>beløpet endret fra %1 til %2 etter signering</translation>
    </message>
</context>
<context>
    <name>Events::PackStepResult</name>
    <message>
        <location filename="../src/core/events/packresult.cpp" line="20"/>
        <source>%1 expected</source>
        <translation>%1 forventet</translation>
    </message>
    <message>
        <location filename="../src/core/events/packresult.cpp" line="22"/>
        <source>expected %1, as the pack says</source>
        <translation>forventet %1, som pakken sier</translation>
    </message>
    <message>
        <location filename="../src/core/events/packresult.cpp" line="24"/>
        <source>expected %1: %2</source>
        <translation>forventet %1: %2</translation>
    </message>
</context>
<context>
    <name>Events::Replay</name>
    <message>
        <location filename="../src/core/events/replay.cpp" line="106"/>
        <source>there is no journal at %1.</source>
        <translation>det finnes ingen journal i %1.</translation>
    </message>
    <message>
        <location filename="../src/core/events/replay.cpp" line="114"/>
        <source>the journal %1 has no entry #%2.</source>
        <translation>journalen %1 har ingen oppføring #%2.</translation>
    </message>
</context>
<context>
    <name>Events::TestPack</name>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="103"/>
        <source>not a test pack: a JSON object with &quot;format&quot;: &quot;%1&quot; is expected.</source>
        <translation>ikke en testpakke: et JSON-objekt med &quot;format&quot;: &quot;%1&quot; forventes.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="108"/>
        <source>test pack version %1; this vipps-hooks reads version %2.</source>
        <translation>testpakke versjon %1; denne vipps-hooks leser versjon %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="115"/>
        <source>the test pack has no steps.</source>
        <translation>testpakken har ingen steg.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="123"/>
        <source>step %1: %2</source>
        <translation>steg %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="139"/>
        <source>&quot;kind&quot; must be one of %1.</source>
        <translation>&quot;kind&quot; må være en av %1.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="148"/>
        <source>&quot;expect&quot; must be a status class such as &quot;2xx&quot; or &quot;4xx&quot;, or a status such as &quot;409&quot;.</source>
        <translation>&quot;expect&quot; må være en statusklasse som &quot;2xx&quot; eller &quot;4xx&quot;, eller en status som &quot;409&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="157"/>
        <source>&quot;method&quot; must not be empty and &quot;path&quot; must start with &quot;/&quot;.</source>
        <translation>&quot;method&quot; kan ikke være tom, og &quot;path&quot; må begynne med &quot;/&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="163"/>
        <source>each of &quot;headers&quot; must be [&quot;Name&quot;, &quot;value&quot;].</source>
        <translation>hver av &quot;headers&quot; må være [&quot;Name&quot;, &quot;value&quot;].</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="170"/>
        <source>a step needs &quot;body&quot; (text) or &quot;bodyBase64&quot;, one of them.</source>
        <translation>et steg trenger &quot;body&quot; (tekst) eller &quot;bodyBase64&quot;, én av dem.</translation>
    </message>
</context>
<context>
    <name>Gui::CredentialsPanel</name>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="144"/>
        <source>Save or revert the changes first, then use the profile.</source>
        <translation>Lagre eller forkast endringene først, og bruk deretter profilen.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="207"/>
        <source>Type the new name, then save (Ctrl+S).</source>
        <translation>Skriv inn det nye navnet, og lagre (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="286"/>
        <source>Delete the selected profile, after asking (Delete)</source>
        <translation>Slett valgt profil etter å ha spurt (Delete)</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="293"/>
        <source>Access token</source>
        <translation>Tilgangstoken</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="295"/>
        <source>Access token: profile %1 (production)</source>
        <translation>Tilgangstoken: profil %1 (produksjon)</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="296"/>
        <source>Access token: profile %1</source>
        <translation>Tilgangstoken: profil %1</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryLogPanel</name>
    <message>
        <location filename="../src/gui/deliverylogpanel.cpp" line="50"/>
        <source>Deliveries</source>
        <translation>Leveringer</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/deliverylogpanel.cpp" line="50"/>
        <source>Deliveries (%n failed)</source>
        <translation>
            <numerusform>Leveringer (%n mislyktes)</numerusform>
            <numerusform>Leveringer (%n mislyktes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/deliverylogpanel.cpp" line="36"/>
        <source>No deliveries yet. Each webhook the simulator in this app sends, and every retry of one that failed, appears here.</source>
        <translation>Ingen leveringer ennå. Hver webhook simulatoren i denne appen sender, og hvert nytt forsøk på en som mislyktes, vises her.</translation>
    </message>
</context>
<context>
    <name>Gui::EditReplayDialog</name>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="24"/>
        <source>Edit and replay event #%1</source>
        <translation>Rediger og send hendelse #%1 på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="25"/>
        <source>The body below is sent instead of the one received, signed afresh with the secret of webhook %1 for the URL it goes to.</source>
        <translation>Innholdet nedenfor sendes i stedet for det mottatte, signert på nytt med hemmeligheten til webhook %1 for URL-en det sendes til.</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="35"/>
        <source>Body to send</source>
        <translation>Innhold som sendes</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="37"/>
        <source>Whether the body is JSON</source>
        <translation>Om innholdet er JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="39"/>
        <source>http://localhost:3000/vipps</source>
        <translation>http://localhost:3000/vipps</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="40"/>
        <source>Handler URL</source>
        <translation>Behandler-URL</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="43"/>
        <source>Sign and send</source>
        <translation>Signer og send</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="52"/>
        <source>Send to:</source>
        <translation>Send til:</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="81"/>
        <source>The body is valid JSON.</source>
        <translation>Innholdet er gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="82"/>
        <source>The body is not valid JSON (%1 at character %2); it is sent as it is.</source>
        <translation>Innholdet er ikke gyldig JSON (%1 ved tegn %2); det sendes som det er.</translation>
    </message>
</context>
<context>
    <name>Gui::EnvironmentLooks</name>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="11"/>
        <source>local simulator</source>
        <translation>lokal simulator</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="12"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="13"/>
        <source>PRODUCTION</source>
        <translation>PRODUKSJON</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="14"/>
        <source>custom address</source>
        <translation>egendefinert adresse</translation>
    </message>
</context>
<context>
    <name>Gui::EventLogMenu</name>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="50"/>
        <source>Replay to the &amp;forward target</source>
        <translation>Send på nytt til &amp;videresendingsmålet</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="52"/>
        <source>Replay to a &amp;URL…</source>
        <translation>Send på nytt til en &amp;URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="53"/>
        <source>Replay &amp;re-signed</source>
        <translation>Send på nytt, &amp;signert på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="54"/>
        <source>&amp;Edit and replay…</source>
        <translation>&amp;Rediger og send på nytt…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="56"/>
        <source>Copy &amp;body</source>
        <translation>Kopier &amp;innhold</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="57"/>
        <source>Copy as &amp;curl</source>
        <translation>Kopier som &amp;curl</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="58"/>
        <source>Copy r&amp;aw request</source>
        <translation>Kopier rå &amp;forespørsel</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="60"/>
        <source>E&amp;xport selection…</source>
        <translation>E&amp;ksporter utvalget…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="61"/>
        <source>Save as &amp;test pack…</source>
        <translation>Lagre som &amp;testpakke…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="73"/>
        <source>Event #%1: %2</source>
        <translation>Hendelse #%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="133"/>
        <source>Its request is no longer in the journal (rotated away or removed).</source>
        <translation>Forespørselen finnes ikke lenger i journalen (rotert bort eller slettet).</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="134"/>
        <source>Select one event for this.</source>
        <translation>Velg én hendelse for dette.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="145"/>
        <source>The body exactly as received</source>
        <translation>Innholdet nøyaktig slik det ble mottatt</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="146"/>
        <source>A curl command that sends the request again</source>
        <translation>En curl-kommando som sender forespørselen på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="147"/>
        <source>The request as HTTP/1.1 text, credentials removed</source>
        <translation>Forespørselen som HTTP/1.1-tekst, uten påloggingsdata</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="159"/>
        <source>The selected events are no longer in the journal (rotated away or removed).</source>
        <translation>De valgte hendelsene finnes ikke lenger i journalen (rotert bort eller slettet).</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="160"/>
        <source>Save the selected events as HAR or JSON Lines, credentials removed</source>
        <translation>Lagre de valgte hendelsene som HAR eller JSON Lines, uten påloggingsdata</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="162"/>
        <source>Make a test pack of the selected deliveries, with broken ones added as you choose</source>
        <translation>Lag en testpakke av de valgte leveringene, med ødelagte lagt til etter eget valg</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="163"/>
        <source>Select webhook deliveries for this: a test pack replays deliveries.</source>
        <translation>Velg webhook-leveringer for dette: en testpakke sender leveringer på nytt.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="170"/>
        <source>Send it as received, with its original signature, to %1</source>
        <translation>Send den slik den ble mottatt, med opprinnelig signatur, til %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="171"/>
        <source>No forward target is set for this event&apos;s type: set &quot;Forward to&quot; for this profile.</source>
        <translation>Ingen videresendingsmål er angitt for denne hendelsestypen: angi «Videresend til» for denne profilen.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="172"/>
        <source>Send it as received, with its original signature, to a URL you give</source>
        <translation>Send den slik den ble mottatt, med opprinnelig signatur, til en URL du oppgir</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="178"/>
        <source>Sign it afresh with the secret of webhook %1 and send it to %2</source>
        <translation>Signer den på nytt med hemmeligheten til webhook %1, og send den til %2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="179"/>
        <source>Replay it to a URL first, or set a forward target.</source>
        <translation>Send den på nytt til en URL først, eller angi et videresendingsmål.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="180"/>
        <source>Change the body, then sign it afresh with the secret of webhook %1</source>
        <translation>Endre innholdet, og signer det så på nytt med hemmeligheten til webhook %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="208"/>
        <source>Replay event #%1</source>
        <translation>Send hendelse #%1 på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="209"/>
        <source>Send it as received, with its original signature, to:</source>
        <translation>Send den slik den ble mottatt, med opprinnelig signatur, til:</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="212"/>
        <location filename="../src/gui/eventlogmenu.cpp" line="316"/>
        <source>Replay</source>
        <translation>Send på nytt</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="288"/>
        <source>The selected deliveries are no longer in the journal (rotated away or removed): there is nothing to make a test pack of.</source>
        <translation>De valgte leveransene finnes ikke lenger i journalen (rotert bort eller slettet): det er ingenting å lage en testpakke av.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="300"/>
        <source>The selected events are no longer in the journal (rotated away or removed): there is nothing to export.</source>
        <translation>De valgte hendelsene finnes ikke lenger i journalen (rotert bort eller slettet): det er ingenting å eksportere.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="313"/>
        <source>Replaying event #%1 to %2…</source>
        <translation>Sender hendelse #%1 på nytt til %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="317"/>
        <source>Event #%1 was not replayed: %2</source>
        <translation>Hendelse #%1 ble ikke sendt på nytt: %2</translation>
    </message>
</context>
<context>
    <name>Gui::EventLogPanel</name>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="44"/>
        <source>No events yet. Deliveries to the receiver appear here.</source>
        <translation>Ingen hendelser ennå. Leveringer til mottakeren vises her.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="263"/>
        <source>All results</source>
        <translation>Alle resultater</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="265"/>
        <source>Only %1</source>
        <translation>Bare %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="267"/>
        <source>%1 of %2 results</source>
        <translation>%1 av %2 resultater</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="104"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="274"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="104"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="274"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="275"/>
        <source>Add the waiting events and show new ones as they arrive (Space or Ctrl+P)</source>
        <translation>Legg til de ventende hendelsene og vis nye etter hvert som de kommer (Mellomrom eller Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="276"/>
        <source>Hold new events back so the table stays still (Space or Ctrl+P)</source>
        <translation>Hold nye hendelser tilbake så tabellen står stille (Mellomrom eller Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="108"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="290"/>
        <source>%n waiting</source>
        <comment>events held back while paused</comment>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="297"/>
        <source>No events match the filter.</source>
        <translation>Ingen hendelser passer til filteret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="304"/>
        <source>%1 of %n events match</source>
        <translation>
            <numerusform>%1 av %n hendelse passer</numerusform>
            <numerusform>%1 av %n hendelser passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="311"/>
        <source>%n new events</source>
        <translation>
            <numerusform>%n ny hendelse</numerusform>
            <numerusform>%n nye hendelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ExportSelectionDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/exportselectiondialog.cpp" line="15"/>
        <source>Export %n events</source>
        <translation>
            <numerusform>Eksporter %n hendelse</numerusform>
            <numerusform>Eksporter %n hendelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="29"/>
        <source>HAR 1.2 (*.har)</source>
        <translation>HAR 1.2 (*.har)</translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="34"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exportselectiondialog.cpp" line="46"/>
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>Eksporterte %n hendelse til %1.</numerusform>
            <numerusform>Eksporterte %n hendelser til %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="52"/>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="53"/>
        <source>The events could not be written to %1.</source>
        <translation>Hendelsene kunne ikke skrives til %1.</translation>
    </message>
</context>
<context>
    <name>Gui::ForwardDialog</name>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="27"/>
        <source>Forward to</source>
        <translation>Videresend til</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="28"/>
        <source>Each delivery the receiver accepts goes on to your own handler with its exact bytes and headers, so your handler&apos;s own signature check says valid. What it answers shows in the event log&apos;s Handler column and the inspector&apos;s Handler tab, and is kept in the journal. The sender&apos;s answer never waits for your handler.</source>
        <translation>Hver levering som mottakeren godtar, sendes videre til din egen behandler med nøyaktig de samme bytene og hodene, så signaturkontrollen i behandleren din sier gyldig. Svaret vises i kolonnen Behandler i hendelsesloggen og i fanen Behandler i inspektøren, og lagres i journalen. Svaret til avsenderen venter aldri på behandleren din.</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="33"/>
        <source>One route a line, kept for profile &quot;%1&quot;:
URL: every accepted delivery, e.g. http://localhost:3000/vipps
EVENT-TYPE=URL: only that type, e.g. captured=http://localhost:4000/captures (short for epayments.payment.captured.v1=…)</source>
        <translation>Én rute per linje, lagret for profilen «%1»:
URL: alle godtatte leveringer, f.eks. http://localhost:3000/vipps
HENDELSESTYPE=URL: bare den typen, f.eks. captured=http://localhost:4000/captures (kort for epayments.payment.captured.v1=…)</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="45"/>
        <source>Forwarding routes, one a line</source>
        <translation>Videresendingsruter, én per linje</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="51"/>
        <source>&amp;Forward</source>
        <translation>&amp;Videresend</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="52"/>
        <source>&amp;Stop forwarding</source>
        <translation>&amp;Stopp videresending</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="98"/>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="114"/>
        <source>The routes could not be kept: check that the settings file can be written.</source>
        <translation>Rutene kunne ikke lagres: kontroller at innstillingsfilen kan skrives til.</translation>
    </message>
</context>
<context>
    <name>Gui::HandlerAnswersView</name>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="52"/>
        <source>Handler answers</source>
        <translation>Behandlersvar</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>How</source>
        <translation>Måte</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="89"/>
        <source>Handler&apos;s answer</source>
        <translation>Svar fra behandler</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="92"/>
        <source>Headers of the handler&apos;s answer</source>
        <translation>Hoder i svaret fra behandler</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="93"/>
        <source>Header</source>
        <translation>Hode</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="93"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="104"/>
        <source>Body of the handler&apos;s answer</source>
        <translation>Innhold i svaret fra behandler</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="131"/>
        <source>Select an event in the log to see what your handler answered to it.</source>
        <translation>Velg en hendelse i loggen for å se hva behandleren din svarte på den.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="142"/>
        <source>Your handler has not answered this event. Set Receiver → Forward to… or replay the event from the log&apos;s context menu: what your handler answers shows here, with its status, headers and body.</source>
        <translation>Behandleren din har ikke svart på denne hendelsen. Velg Mottaker → Videresend til… eller send hendelsen på nytt fra hurtigmenyen i loggen: det behandleren din svarer, vises her med status, hoder og innhold.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="173"/>
        <source>Sent %1 to %2.</source>
        <translation>Sendte %1 til %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="177"/>
        <source>HTTP %1 in %2 ms. %3</source>
        <translation>HTTP %1 på %2 ms. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="179"/>
        <source>Timed out after %1 ms: %2. %3</source>
        <translation>Tidsavbrudd etter %1 ms: %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="180"/>
        <source>No answer (after %1 ms): %2. %3</source>
        <translation>Ikke noe svar (etter %1 ms): %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="201"/>
        <source>… more not kept</source>
        <translation>… mer ikke lagret</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="204"/>
        <source>No body.</source>
        <translation>Uten innhold.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/handleranswersview.cpp" line="206"/>
        <source>Body (%n bytes kept), as pretty JSON:</source>
        <translation>
            <numerusform>Innhold (%n byte lagret), som formatert JSON:</numerusform>
            <numerusform>Innhold (%n byte lagret), som formatert JSON:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/handleranswersview.cpp" line="208"/>
        <source>Body (%n bytes kept):</source>
        <translation>
            <numerusform>Innhold (%n byte lagret):</numerusform>
            <numerusform>Innhold (%n byte lagret):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::HandlerTools</name>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="19"/>
        <source>&amp;Import events…</source>
        <translation>&amp;Importer hendelser…</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="21"/>
        <source>Open a HAR or JSON Lines file of webhook deliveries in a window of its own</source>
        <translation>Åpne en HAR- eller JSON Lines-fil med webhook-leveringer i et eget vindu</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="27"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="29"/>
        <source>&amp;Test packs…</source>
        <translation>&amp;Testpakker…</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="31"/>
        <source>Run a test pack against your handler, or make one from events</source>
        <translation>Kjør en testpakke mot behandleren din, eller lag en fra hendelser</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="61"/>
        <source>Import events</source>
        <translation>Importer hendelser</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="62"/>
        <source>HAR or JSON Lines (*.har *.jsonl *.json);;All files (*)</source>
        <translation>HAR eller JSON Lines (*.har *.jsonl *.json);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Gui::ImportWindow</name>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="27"/>
        <source>%1 (imported) – Vipps Webhook Workbench</source>
        <translation>%1 (importert) – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="34"/>
        <location filename="../src/gui/importwindow.cpp" line="41"/>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="53"/>
        <source>Could not import %1: %2</source>
        <translation>Kunne ikke importere %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="54"/>
        <source>Nothing imported. The live event log and the journal are unchanged.</source>
        <translation>Ingenting importert. Den direkte hendelsesloggen og journalen er uendret.</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="60"/>
        <source>Imported from %1: 1 event. Imported events are never forwarded.</source>
        <translation>Importert fra %1: 1 hendelse. Importerte hendelser videresendes aldri.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/importwindow.cpp" line="61"/>
        <source>Imported from %1: %n events. Imported events are never forwarded.</source>
        <translation>
            <numerusform>Importert fra %1: %n hendelse. Importerte hendelser videresendes aldri.</numerusform>
            <numerusform>Importert fra %1: %n hendelser. Importerte hendelser videresendes aldri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="64"/>
        <source>Requests that were no deliveries left out: %1.</source>
        <translation>Utelatte forespørsler som ikke var leveringer: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::InspectorPanel</name>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="34"/>
        <source>(missing)</source>
        <translation>(mangler)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="40"/>
        <source>Verified</source>
        <translation>Verifisert</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="41"/>
        <source>Signature invalid</source>
        <translation>Ugyldig signatur</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="42"/>
        <source>Stale: x-ms-date is too far off</source>
        <translation>Utdatert: x-ms-date avviker for mye</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="43"/>
        <source>Not signed</source>
        <translation>Ikke signert</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="44"/>
        <source>No secret to check with</source>
        <translation>Ingen hemmelighet å sjekke med</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="57"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="62"/>
        <source>no event name</source>
        <translation>ingen hendelsesnavn</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="67"/>
        <source>answered HTTP %1</source>
        <translation>svarte HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="69"/>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="76"/>
        <source>Not a delivery: nothing to verify.</source>
        <translation>Ikke en levering: ingenting å verifisere.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="85"/>
        <source>This is the check sent before a webhook is registered, signed with a secret nobody has: refusing it is right.</source>
        <translation>Dette er kontrollen som sendes før en webhook registreres, signert med en hemmelighet ingen har: det er riktig å avvise den.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="96"/>
        <source>Checked for host %1, not for the Host it came with (%2): Vipps signs for the host of the URL it delivers to, whatever Host a tunnel passes on.</source>
        <translation>Sjekket for verten %1, ikke for Host den kom med (%2): Vipps signerer for verten i URL-en den leverer til, uansett hvilken Host en tunnel sender videre.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="106"/>
        <source>Read back from the journal (the log keeps the newest %L1 events whole): checked again with the webhook secrets loaded now.</source>
        <translation>Lest inn igjen fra journalen (loggen holder bare de %L1 nyeste hendelsene hele): kontrollert på nytt med webhook-hemmelighetene som er lastet nå.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="109"/>
        <source>Read back from the journal (the log keeps the newest %L1 events whole): checked again with the webhook secrets loaded now. When it arrived: %2.</source>
        <translation>Lest inn igjen fra journalen (loggen holder bare de %L1 nyeste hendelsene hele): kontrollert på nytt med webhook-hemmelighetene som er lastet nå. Da den kom: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="118"/>
        <source>Its request is no longer in the journal (rotated away or removed): only this summary is left.</source>
        <translation>Forespørselen finnes ikke lenger i journalen (rotert bort eller slettet): bare dette sammendraget er igjen.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="125"/>
        <source>Imported from a file, never forwarded: checked with the webhook secrets loaded now.</source>
        <translation>Importert fra en fil, aldri videresendt: kontrollert med webhook-hemmelighetene som er lastet nå.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="128"/>
        <source>Imported from a file, never forwarded: checked with the webhook secrets loaded now. When it arrived: %1.</source>
        <translation>Importert fra en fil, aldri videresendt: kontrollert med webhook-hemmelighetene som er lastet nå. Da den ankom: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="132"/>
        <source>From the journal of an earlier run: checked again with the webhook secrets loaded now.</source>
        <translation>Fra journalen til en tidligere kjøring: kontrollert på nytt med webhook-hemmelighetene som er lastet nå.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="134"/>
        <source>From the journal of an earlier run: checked again with the webhook secrets loaded now. When it arrived: %1.</source>
        <translation>Fra journalen til en tidligere kjøring: kontrollert på nytt med webhook-hemmelighetene som er lastet nå. Da den kom: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="288"/>
        <location filename="../src/gui/inspectortext.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="147"/>
        <source>none was used (secrets tried: %1)</source>
        <translation>ingen ble brukt (hemmeligheter prøvd: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="150"/>
        <source>, webhook %1</source>
        <translation>, webhook %1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="151"/>
        <source> (secrets tried: %1)</source>
        <translation> (hemmeligheter prøvd: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="157"/>
        <source>none: no HMAC-SHA256 Authorization or X-Vipps-Authorization header</source>
        <translation>ingen: ingen HMAC-SHA256 Authorization- eller X-Vipps-Authorization-header</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="164"/>
        <source>unknown: x-ms-date is missing</source>
        <translation>ukjent: x-ms-date mangler</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="166"/>
        <source>unknown: x-ms-date is not an RFC 1123 date</source>
        <translation>ukjent: x-ms-date er ikke en RFC 1123-dato</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="168"/>
        <source>dated %1 s before it arrived</source>
        <translation>datert %1 s før den kom</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="169"/>
        <source>dated %1 s after it arrived: a clock is ahead</source>
        <translation>datert %1 s etter at den kom: en klokke går foran</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="175"/>
        <source>The body is empty (0 bytes).</source>
        <translation>Innholdet er tomt (0 byte).</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="177"/>
        <source>%1 bytes of UTF-8 text.</source>
        <translation>%1 byte UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="178"/>
        <source>%1 bytes, not printable UTF-8: control characters show as symbols such as ␍, other bytes that are not text as �. Copy as curl keeps every byte.</source>
        <translation>%1 byte, ikke skrivbar UTF-8: kontrolltegn vises som symboler som ␍, andre byte som ikke er tekst som �. Kopier som curl beholder hver byte.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="72"/>
        <location filename="../src/gui/inspectorpanel.cpp" line="187"/>
        <location filename="../src/gui/inspectorpanel.cpp" line="256"/>
        <source>Handler</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="129"/>
        <source>Copy selected headers</source>
        <translation>Kopier valgte headere</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="138"/>
        <source>Copy the inspected event as curl</source>
        <translation>Kopier den viste hendelsen som curl</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="188"/>
        <source>No event selected.</source>
        <translation>Ingen hendelse valgt.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="197"/>
        <source>Select an event in the log to see how its signature was checked.</source>
        <translation>Velg en hendelse i loggen for å se hvordan signaturen ble sjekket.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="237"/>
        <source>The body is no longer in the journal.</source>
        <translation>Innholdet finnes ikke lenger i journalen.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="246"/>
        <source>The request is no longer in the journal, so its check cannot be shown step by step: the summary above says how it was checked when it arrived.</source>
        <translation>Forespørselen finnes ikke lenger i journalen, så kontrollen kan ikke vises trinn for trinn: sammendraget over sier hvordan den ble kontrollert da den kom.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="256"/>
        <source>Handler (%1)</source>
        <translation>Behandler (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="266"/>
        <source>Nothing to verify: %1 is not a webhook delivery (Vipps delivers with POST), so no signature was checked. It was answered with HTTP %2.</source>
        <translation>Ingenting å verifisere: %1 er ikke en webhook-levering (Vipps leverer med POST), så ingen signatur ble sjekket. Den ble besvart med HTTP %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="295"/>
        <source>✗ missing</source>
        <translation>✗ mangler</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="297"/>
        <source>– not checked</source>
        <translation>– ikke sjekket</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="299"/>
        <source>✓ equal</source>
        <translation>✓ like</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="299"/>
        <source>✗ different</source>
        <translation>✗ ulike</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="309"/>
        <source>The body is not JSON.</source>
        <translation>Innholdet er ikke JSON.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="82"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="96"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Språket endres neste gang appen starter.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="116"/>
        <source>Workbench panels</source>
        <translation>Workbench-paneler</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="130"/>
        <source>&amp;Quick start</source>
        <translation>Hurtig&amp;start</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="131"/>
        <source>&amp;Credentials</source>
        <translation>&amp;Legitimasjon</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="132"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooker</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="133"/>
        <source>&amp;Payments</source>
        <translation>&amp;Betalinger</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="157"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="164"/>
        <source>Outgoing requests</source>
        <translation>Utgående forespørsler</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>The receiver is not running: %1</source>
        <translation>Mottakeren kjører ikke: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="208"/>
        <source>No events yet. Deliveries to %1 appear here.</source>
        <translation>Ingen hendelser ennå. Leveringer til %1 vises her.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="244"/>
        <source>%1 (%2) – Vipps Webhook Workbench</source>
        <translation>%1 (%2) – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="246"/>
        <source>Profile &quot;%1&quot; talks to the simulator inside this app: nothing leaves this machine and no keys are needed.</source>
        <translation>Profilen &quot;%1&quot; snakker med simulatoren i denne appen: ingenting forlater denne maskinen, og ingen nøkler trengs.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="249"/>
        <source>Profile &quot;%1&quot; talks to Vipps MobilePay (%2).</source>
        <translation>Profilen &quot;%1&quot; snakker med Vipps MobilePay (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="255"/>
        <source>Receiver port</source>
        <translation>Mottakerport</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Port for the embedded receiver on 127.0.0.1 (0 picks a free one):</source>
        <translation>Port for den innebygde mottakeren på 127.0.0.1 (0 velger en ledig):</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="272"/>
        <source>&amp;README</source>
        <translation>&amp;README</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="285"/>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="286"/>
        <source>The README is not installed on this machine; it is README.md in the project&apos;s sources.</source>
        <translation>README er ikke installert på denne maskinen; den er README.md i prosjektets kildekode.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="288"/>
        <source>Nothing on this machine opens it; the README is %1.</source>
        <translation>Ingenting på denne maskinen kan åpne den; README ligger i %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="293"/>
        <source>About Vipps Webhook Workbench</source>
        <translation>Om Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="294"/>
        <source>&lt;p&gt;&lt;b&gt;Vipps Webhook Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register Vipps MobilePay webhooks, create test payments, and see every delivery arrive with its signature explained. Everything stays on this machine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vipps Webhook Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registrer webhooker hos Vipps MobilePay, opprett testbetalinger, og se hver levering komme inn med signaturen forklart. Alt blir værende på denne maskinen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBoxConfirmer</name>
    <message>
        <location filename="../src/gui/messageboxconfirmer.cpp" line="12"/>
        <source>Call production</source>
        <translation>Kall produksjon</translation>
    </message>
</context>
<context>
    <name>Gui::PackDialog</name>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="20"/>
        <source>Test packs – Vipps Webhook Workbench</source>
        <translation>Testpakker – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="23"/>
        <source>&amp;Run a pack</source>
        <translation>&amp;Kjør en pakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="24"/>
        <source>&amp;New pack from events</source>
        <translation>&amp;Ny pakke fra hendelser</translation>
    </message>
</context>
<context>
    <name>Gui::PackNewPage</name>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="31"/>
        <source>&amp;Save pack…</source>
        <translation>&amp;Lagre pakke…</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="34"/>
        <source>Tick the steps to make of each event. A valid, duplicate or out-of-order step passes on a 2xx; a tampered, wrong-secret or stale one on a 4xx. Steps go in event order: out-of-order ones first, duplicates last.</source>
        <translation>Kryss av stegene som skal lages av hver hendelse. Et gyldig steg, et duplikat eller et steg i feil rekkefølge består ved 2xx; et manipulert, med feil hemmelighet eller foreldet ved 4xx. Stegene går i hendelsesrekkefølge: de i feil rekkefølge først, duplikater sist.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="43"/>
        <source>Events of the new pack</source>
        <translation>Hendelser i den nye pakken</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="50"/>
        <source>Add &amp;every broken kind</source>
        <translation>Legg til &amp;alle ødelagte typer</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="51"/>
        <source>One tampered, wrong-secret, stale and duplicate step of the first event, and the last event sent out of order.</source>
        <translation>Ett manipulert steg, ett med feil hemmelighet, ett foreldet og ett duplikat av den første hendelsen, og den siste hendelsen sendt i feil rekkefølge.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="69"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="90"/>
        <source>No events given: choose events in the event log and save them as a test pack from there.</source>
        <translation>Ingen hendelser gitt: velg hendelser i hendelsesloggen og lagre dem som en testpakke derfra.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="129"/>
        <source>Save test pack</source>
        <translation>Lagre testpakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="130"/>
        <source>Test packs (*.json)</source>
        <translation>Testpakker (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="140"/>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="145"/>
        <source>Saved 1 step to %1.</source>
        <translation>Lagret 1 steg i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/packnewpage.cpp" line="145"/>
        <source>Saved %n steps to %1.</source>
        <translation>
            <numerusform>Lagret %n steg i %1.</numerusform>
            <numerusform>Lagret %n steg i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::PackRunPage</name>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="57"/>
        <source>&amp;Run</source>
        <translation>&amp;Kjør</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="58"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="78"/>
        <source>Steps of the test pack</source>
        <translation>Steg i testpakken</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="104"/>
        <source>&amp;Open pack…</source>
        <translation>Å&amp;pne pakke…</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="107"/>
        <source>Pack:</source>
        <translation>Pakke:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="109"/>
        <source>Your handler&apos;s URL. Without a path each step&apos;s own path is used.</source>
        <translation>URL-en til behandleren din. Uten sti brukes hvert stegs egen sti.</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="110"/>
        <source>Handler &amp;URL:</source>
        <translation>Behandler-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="112"/>
        <source>Secret to sign with</source>
        <translation>Hemmelighet å signere med</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="115"/>
        <source>the webhook secret your handler verifies with</source>
        <translation>webhook-hemmeligheten behandleren din verifiserer med</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="116"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighet</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="118"/>
        <source>&amp;Sign with:</source>
        <translation>&amp;Signer med:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="142"/>
        <source>Secret of %1</source>
        <translation>Hemmeligheten for %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="143"/>
        <source>A secret typed here:</source>
        <translation>En hemmelighet skrevet inn her:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="151"/>
        <source>Open test pack</source>
        <translation>Åpne testpakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="152"/>
        <source>Test packs (*.json);;All files (*)</source>
        <translation>Testpakker (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="161"/>
        <source>Not opened: %1</source>
        <translation>Ikke åpnet: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="173"/>
        <source>No pack open. Open one, or make one on the other page.</source>
        <translation>Ingen pakke åpen. Åpne en, eller lag en på den andre siden.</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="174"/>
        <source>%1 (1 step)</source>
        <translation>%1 (1 steg)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/packrunpage.cpp" line="175"/>
        <source>%1 (%n steps)</source>
        <translation>
            <numerusform>%1 (%n steg)</numerusform>
            <numerusform>%1 (%n steg)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="192"/>
        <source>Running…</source>
        <translation>Kjører…</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentForm</name>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="32"/>
        <source>Test payment from Vipps Webhook Workbench</source>
        <translation>Testbetaling fra Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="161"/>
        <source>Create the payment, then approve it as the test user (Ctrl+Shift+Return)</source>
        <translation>Opprett betalingen, og godkjenn den deretter som testbrukeren (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="163"/>
        <source>Force approve exists only in the simulator and the test environment</source>
        <translation>Tvungen godkjenning finnes bare i simulatoren og testmiljøet</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="169"/>
        <source>Fix what is marked above to create the payment.</source>
        <translation>Rett det som er merket ovenfor for å opprette betalingen.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="171"/>
        <source>Creating the payment…</source>
        <translation>Oppretter betalingen…</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="180"/>
        <source>sent as amount.value = %1</source>
        <translation>sendes som amount.value = %1</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentQuestions</name>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="30"/>
        <source>Capture %1</source>
        <translation>Trekk %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="30"/>
        <source>Refund %1</source>
        <translation>Refunder %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="32"/>
        <source>Amount to capture in %1, at most %2: authorized and not yet captured.</source>
        <translation>Beløp som skal trekkes i %1, høyst %2: reservert og ikke trukket ennå.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="33"/>
        <source>Amount to refund in %1, at most %2: captured and not yet refunded.</source>
        <translation>Beløp som skal refunderes i %1, høyst %2: trukket og ikke refundert ennå.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="38"/>
        <source>Capture</source>
        <translation>Trekk</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="38"/>
        <source>Refund</source>
        <translation>Refunder</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="51"/>
        <source>Cancel %1</source>
        <translation>Kanseller %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="55"/>
        <source>Cancel the payment</source>
        <translation>Kanseller betalingen</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="56"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="67"/>
        <source>Open payment by reference</source>
        <translation>Åpne betaling etter referanse</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="68"/>
        <source>Reference of a payment of merchant serial number %1:</source>
        <translation>Referanse til en betaling for salgsstedsnummer %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="69"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentsPanel</name>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="152"/>
        <source>Loading the profile&apos;s keys…</source>
        <translation>Laster profilens nøkler…</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="153"/>
        <source>Choose a profile under Credentials to create payments.</source>
        <translation>Velg en profil under Legitimasjon for å opprette betalinger.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="221"/>
        <source>Opened the landing page of %1 in the browser.</source>
        <translation>Åpnet landingssiden for %1 i nettleseren.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="223"/>
        <source>No browser could be opened here: copy the landing page&apos;s address and open it in a browser that can reach %1.</source>
        <translation>Ingen nettleser kunne åpnes her: kopier adressen til landingssiden og åpne den i en nettleser som når %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="234"/>
        <source>Copied the landing page&apos;s address of %1.</source>
        <translation>Kopierte adressen til landingssiden for %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="245"/>
        <source>Select a payment to see its landing page</source>
        <translation>Velg en betaling for å se landingssiden</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="264"/>
        <source>%1 failed</source>
        <translation>%1 mislyktes</translation>
    </message>
</context>
<context>
    <name>Gui::PreflightCheckList</name>
    <message>
        <location filename="../src/gui/preflightchecklist.cpp" line="18"/>
        <source>Check of the URL</source>
        <translation>Kontroll av URL-en</translation>
    </message>
    <message>
        <location filename="../src/gui/preflightchecklist.cpp" line="37"/>
        <source>Checking that Vipps can deliver to %1…</source>
        <translation>Kontrollerer at Vipps kan levere til %1…</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileEditor</name>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="32"/>
        <source>client_id from the business portal</source>
        <translation>client_id fra bedriftsportalen</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="33"/>
        <source>for example 123456</source>
        <translation>for eksempel 123456</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="34"/>
        <source>client_secret from the business portal</source>
        <translation>client_secret fra bedriftsportalen</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="35"/>
        <source>Ocp-Apim-Subscription-Key, primary or secondary</source>
        <translation>Ocp-Apim-Subscription-Key, primær eller sekundær</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="36"/>
        <source>http://127.0.0.1:8079</source>
        <translation>http://127.0.0.1:8079</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="37"/>
        <location filename="../src/gui/profileeditor.cpp" line="38"/>
        <location filename="../src/gui/profileeditor.cpp" line="105"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="56"/>
        <source>Simulator (built in, no keys needed)</source>
        <translation>Simulator (innebygd, ingen nøkler trengs)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="57"/>
        <source>Test (apitest.vipps.no)</source>
        <translation>Test (apitest.vipps.no)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="58"/>
        <source>Production (api.vipps.no)</source>
        <translation>Produksjon (api.vipps.no)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="59"/>
        <source>Custom base URL</source>
        <translation>Egendefinert basis-URL</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="105"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="106"/>
        <source>Hide the %1</source>
        <translation>Skjul %1</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="106"/>
        <source>Show the %1</source>
        <translation>Vis %1</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="95"/>
        <source>client secret</source>
        <translation>klienthemmelighet</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="96"/>
        <source>subscription key</source>
        <translation>abonnementsnøkkel</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="210"/>
        <source>Another profile is called &quot;%1&quot; already. Choose another name.</source>
        <translation>En annen profil heter allerede &quot;%1&quot;. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="213"/>
        <source>Enter both the client secret and the subscription key: they are saved together. Leave both empty to keep the keys as they are.</source>
        <translation>Skriv inn både klienthemmelighet og abonnementsnøkkel: de lagres sammen. La begge stå tomme for å beholde nøklene som de er.</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="242"/>
        <source>Hide the advanced settings</source>
        <translation>Skjul de avanserte innstillingene</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="243"/>
        <source>Show the advanced settings</source>
        <translation>Vis de avanserte innstillingene</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileList</name>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="22"/>
        <source>simulator</source>
        <translation>simulator</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="23"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="24"/>
        <source>production</source>
        <translation>produksjon</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="25"/>
        <source>custom</source>
        <translation>egendefinert</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="77"/>
        <source>%1 (in use)</source>
        <translation>%1 (i bruk)</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="83"/>
        <source>This profile cannot be read: its environment is unknown.</source>
        <translation>Denne profilen kan ikke leses: miljøet er ukjent.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="87"/>
        <source>%1 environment, %2</source>
        <translation>Miljø: %1, %2</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileQuestions</name>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="11"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="12"/>
        <source>The new profile is not saved yet.</source>
        <translation>Den nye profilen er ikke lagret ennå.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="13"/>
        <source>Profile %1 has unsaved changes.</source>
        <translation>Profilen %1 har ulagrede endringer.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="16"/>
        <source>Save them, or discard them?</source>
        <translation>Vil du lagre eller forkaste dem?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="17"/>
        <source>They cannot be saved as they are: the messages next to the fields say why. Discard them?</source>
        <translation>De kan ikke lagres slik de er: meldingene ved feltene forteller hvorfor. Vil du forkaste dem?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="32"/>
        <source>Delete profile</source>
        <translation>Slett profil</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="32"/>
        <source>Delete profile %1?</source>
        <translation>Vil du slette profilen %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="36"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>Gui::PublicUrlDialog</name>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="23"/>
        <source>&amp;Detect tunnel</source>
        <translation>&amp;Finn tunnel</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="25"/>
        <location filename="../src/gui/publicurldialog.cpp" line="41"/>
        <location filename="../src/gui/publicurldialog.cpp" line="122"/>
        <source>Public URL</source>
        <translation>Offentlig URL</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="28"/>
        <source>Kept for profile &quot;%1&quot;. Deliveries are checked for this address&apos;s host, as Vipps signs for it, whatever Host the tunnel passes on; registering offers it.</source>
        <translation>Lagres for profilen «%1». Leveringer sjekkes for verten i denne adressen, slik Vipps signerer for den, uansett hvilken Host tunnelen sender videre; registreringen foreslår den.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="31"/>
        <source>Kept for profile &quot;%1&quot;, whose simulator delivers to this machine: it is used once a profile for Vipps&apos; test environment is in use.</source>
        <translation>Lagres for profilen «%1», der simulatoren leverer til denne maskinen: den tas i bruk når en profil for Vipps&apos; testmiljø er i bruk.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="34"/>
        <source>Vipps delivers only to public https:// addresses. Run a tunnel to the receiver&apos;s port (for example &apos;%1&apos;) and give its address here, or let the app find it.</source>
        <translation>Vipps leverer bare til offentlige https://-adresser. Start en tunnel til mottakerens port (for eksempel «%1») og oppgi adressen her, eller la appen finne den.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="47"/>
        <source>Ask ngrok (127.0.0.1:4040) and cloudflared (its metrics port) for the tunnel to port %1</source>
        <translation>Spør ngrok (127.0.0.1:4040) og cloudflared (metrikkporten dens) om tunnelen til port %1</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="57"/>
        <source>C&amp;lear</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="92"/>
        <source>Looking for a tunnel…</source>
        <translation>Ser etter en tunnel…</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="107"/>
        <source>Found %1&apos;s tunnel %2.</source>
        <translation>Fant tunnelen %2 fra %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="123"/>
        <source>The public URL could not be kept: check that the settings file can be written.</source>
        <translation>Den offentlige URL-en kunne ikke lagres: sjekk at innstillingsfilen kan skrives.</translation>
    </message>
</context>
<context>
    <name>Gui::QuickStartPanel</name>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="40"/>
        <source>That did not work: %1</source>
        <translation>Det fungerte ikke: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="52"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>next</source>
        <translation>neste</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>to do</source>
        <translation>gjenstår</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverQuestions</name>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="15"/>
        <location filename="../src/gui/receiverquestions.cpp" line="25"/>
        <source>Move the webhooks</source>
        <translation>Flytt webhookene</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="16"/>
        <source>The receiver now listens at %1, but a webhook still delivers to %2, where nothing listens any more.</source>
        <translation>Mottakeren lytter nå på %1, men en webhook leverer fortsatt til %2, der ingenting lytter lenger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/receiverquestions.cpp" line="18"/>
        <source>The receiver now listens at %1, but %n webhooks still deliver to %2, where nothing listens any more.</source>
        <translation>
            <numerusform>Mottakeren lytter nå på %1, men %n webhook leverer fortsatt til %2, der ingenting lytter lenger.</numerusform>
            <numerusform>Mottakeren lytter nå på %1, men %n webhooker leverer fortsatt til %2, der ingenting lytter lenger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="22"/>
        <source>Moving registers the new address first and then deletes the old registration, so no event is lost. Until then no event reaches this app, and the quick start&apos;s step 3 is to do again.</source>
        <translation>Flyttingen registrerer den nye adressen først og sletter så den gamle registreringen, så ingen hendelser går tapt. Inntil da når ingen hendelser denne appen, og trinn 3 i hurtigstarten må gjøres på nytt.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="28"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="36"/>
        <source>The receiver could not start on port %1 and is not running.</source>
        <translation>Mottakeren kunne ikke starte på port %1 og kjører ikke.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="37"/>
        <source>The receiver stays at %1: it could not move to port %2.</source>
        <translation>Mottakeren blir på %1: den kunne ikke flytte til port %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="39"/>
        <source>Port %1 cannot be used</source>
        <translation>Port %1 kan ikke brukes</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverTlsDialog</name>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="21"/>
        <source>HTTPS on the receiver</source>
        <translation>HTTPS på mottakeren</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="23"/>
        <source>For a receiver Vipps reaches directly, on a host with its own name: it then speaks TLS 1.2 or higher on its port. Behind a tunnel (ngrok, cloudflared) the tunnel does HTTPS and this stays off.</source>
        <translation>For en mottaker Vipps når direkte, på en vert med eget navn: den snakker da TLS 1.2 eller høyere på porten sin. Bak en tunnel (ngrok, cloudflared) står tunnelen for HTTPS, og dette forblir av.</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="28"/>
        <source>certificate chain, PEM or DER</source>
        <translation>sertifikatkjede, PEM eller DER</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="29"/>
        <source>private key, PEM or DER</source>
        <translation>privat nøkkel, PEM eller DER</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="33"/>
        <source>only for an encrypted key; used once, never kept</source>
        <translation>bare for en kryptert nøkkel; brukes én gang, lagres aldri</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="54"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Sertifikat:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="54"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="55"/>
        <source>&amp;Key:</source>
        <translation>&amp;Nøkkel:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="55"/>
        <source>Private key</source>
        <translation>Privat nøkkel</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="61"/>
        <source>&amp;Use HTTPS</source>
        <translation>&amp;Bruk HTTPS</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="64"/>
        <source>Plain &amp;HTTP</source>
        <translation>Vanlig &amp;HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="104"/>
        <source>Give the certificate&apos;s private key too.</source>
        <translation>Oppgi også sertifikatets private nøkkel.</translation>
    </message>
</context>
<context>
    <name>Gui::RegisterWebhookDialog</name>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="48"/>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="241"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="49"/>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="242"/>
        <source>Register the webhook</source>
        <translation>Registrer webhooken</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="50"/>
        <source>Cancel registering</source>
        <translation>Avbryt registreringen</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="51"/>
        <source>https://your-tunnel.example/hooks/vipps</source>
        <translation>https://your-tunnel.example/hooks/vipps</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="74"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="92"/>
        <source>Register &amp;anyway</source>
        <translation>Registrer &amp;likevel</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="93"/>
        <source>Register the webhook although the check failed</source>
        <translation>Registrer webhooken selv om kontrollen mislyktes</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="113"/>
        <source>1 event type</source>
        <translation>1 hendelsestype</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/registerwebhookdialog.cpp" line="113"/>
        <source>%n event types</source>
        <translation>
            <numerusform>%n hendelsestype</numerusform>
            <numerusform>%n hendelsestyper</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="125"/>
        <source>Check or uncheck every %1 event</source>
        <translation>Merk av eller fjern merket for alle %1-hendelser</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="145"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach (a tunnel for this machine). The local simulator also accepts http:// for this machine (127.0.0.1 or localhost).</source>
        <translation>Vipps krever https:// i produksjon og test, på en adresse som kan nås fra internett (en tunnel for denne maskinen). Den lokale simulatoren godtar også http:// for denne maskinen (127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="148"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach: for this machine, a tunnel&apos;s public https:// URL.</source>
        <translation>Vipps krever https:// i produksjon og test, på en adresse som kan nås fra internett: for denne maskinen en tunnels offentlige https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="215"/>
        <source>Enter the URL Vipps should deliver the events to.</source>
        <translation>Skriv inn URL-en Vipps skal levere hendelsene til.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="218"/>
        <source>Enter a full address with a host, starting with https:// (or http:// for this machine), for example https://example.com/hooks/vipps.</source>
        <translation>Skriv inn en fullstendig adresse med vert som begynner med https:// (eller http:// for denne maskinen), for eksempel https://example.com/hooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="221"/>
        <source>Vipps requires https:// in production and test: enter your endpoint&apos;s https:// address, or a tunnel&apos;s public https:// URL to this machine.</source>
        <translation>Vipps krever https:// i produksjon og test: skriv inn https://-adressen til endepunktet ditt, eller en tunnels offentlige https://-URL til denne maskinen.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="224"/>
        <source>http:// is accepted only by the local simulator, and only for this machine (127.0.0.1 or localhost). Vipps requires https:// in production and test: use https://%1.</source>
        <translation>http:// godtas bare av den lokale simulatoren, og bare for denne maskinen (127.0.0.1 eller localhost). Vipps krever https:// i produksjon og test: bruk https://%1.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="208"/>
        <source>Check at least one event type to receive.</source>
        <translation>Merk av minst én hendelsestype som skal mottas.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="267"/>
        <source>Vipps will send 1 event type to %1.</source>
        <translation>Vipps sender 1 hendelsestype til %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/registerwebhookdialog.cpp" line="268"/>
        <source>Vipps will send %n event types to %1.</source>
        <translation>
            <numerusform>Vipps sender %n hendelsestype til %1.</numerusform>
            <numerusform>Vipps sender %n hendelsestyper til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ResultDelegate</name>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="45"/>
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="46"/>
        <source>invalid</source>
        <translation>ugyldig</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="47"/>
        <source>stale</source>
        <translation>utdatert</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="48"/>
        <source>unsigned</source>
        <translation>usignert</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="49"/>
        <source>no secret</source>
        <translation>ingen hemmelighet</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="50"/>
        <source>—</source>
        <comment>not a delivery, so no verification result</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="56"/>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="40"/>
        <source>Pause or resume the event log (in its table)</source>
        <translation>Sett hendelsesloggen på pause eller fortsett (i tabellen)</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="53"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="53"/>
        <source>Does</source>
        <translation>Gjør</translation>
    </message>
</context>
<context>
    <name>Gui::StatusBarLabels</name>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="39"/>
        <source>Receiver</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="40"/>
        <source>Forwarding</source>
        <translation>Videresending</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="41"/>
        <source>Events received</source>
        <translation>Mottatte hendelser</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="42"/>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="43"/>
        <source>Active profile</source>
        <translation>Aktiv profil</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="46"/>
        <source>Click to move the receiver to another port</source>
        <translation>Klikk for å flytte mottakeren til en annen port</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="57"/>
        <source>Earlier events: %1</source>
        <translation>Tidligere hendelser: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="102"/>
        <source>Receiver: %1</source>
        <translation>Mottaker: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="103"/>
        <source>Receiver: %1 via %2</source>
        <translation>Mottaker: %1 via %2</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="107"/>
        <source>Receiver: starting…</source>
        <translation>Mottaker: starter…</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="108"/>
        <source>Receiver: stopped</source>
        <translation>Mottaker: stoppet</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="110"/>
        <source>Receiver: not running (%1)</source>
        <translation>Mottaker: kjører ikke (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="119"/>
        <source>%1
Click to change where deliveries are forwarded</source>
        <translation>%1
Klikk for å endre hvor leveringer videresendes</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="128"/>
        <source>Events: %L1</source>
        <translation>Hendelser: %L1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="129"/>
        <source>Events: %L1 (and %L2 from earlier runs)</source>
        <translation>Hendelser: %L1 (og %L2 fra tidligere kjøringer)</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="135"/>
        <source>Simulator: %1</source>
        <translation>Simulator: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="136"/>
        <source>Simulator: off</source>
        <translation>Simulator: av</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="142"/>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::TokenStatus</name>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="28"/>
        <source>Asking %1 for a token…</source>
        <translation>Ber %1 om et token…</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="83"/>
        <source>No token.</source>
        <translation>Ingen token.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="95"/>
        <source>No token yet: get one with Ctrl+T.</source>
        <translation>Ingen token ennå: hent et med Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="96"/>
        <source>Use a profile to get a token.</source>
        <translation>Bruk en profil for å hente et token.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="108"/>
        <source>no token</source>
        <translation>ingen token</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="111"/>
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="118"/>
        <source>expires in %1</source>
        <translation>utløper om %1</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookSecretOffer</name>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="26"/>
        <source>the secret from the answer to the register call</source>
        <translation>hemmeligheten fra svaret på registreringskallet</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="27"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighet</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="29"/>
        <source>Add the secret of this webhook</source>
        <translation>Legg til hemmeligheten for denne webhooken</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="77"/>
        <source>If webhook %1 was registered elsewhere (another tool, another computer), paste the secret Vipps returned then:</source>
        <translation>Hvis webhook %1 ble registrert et annet sted (et annet verktøy, en annen datamaskin), lim inn hemmeligheten Vipps returnerte da:</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="101"/>
        <source>The secret of webhook %1 is kept with the profile in use: its next deliveries are checked with it. This one stays as it was checked when it arrived.</source>
        <translation>Hemmeligheten for webhook %1 lagres med profilen som er i bruk: de neste leveransene kontrolleres med den. Denne forblir slik den ble kontrollert da den kom.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="140"/>
        <source>Register anyway?</source>
        <translation>Registrere likevel?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="141"/>
        <source>%1 is already registered for %2.</source>
        <translation>%1 er allerede registrert for %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="143"/>
        <source>Each of those events would then arrive there twice, once per registration. Register anyway?</source>
        <translation>Hver av disse hendelsene ville da komme dit to ganger, én per registrering. Registrere likevel?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="144"/>
        <source>Register anyway</source>
        <translation>Registrer likevel</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="157"/>
        <source>Delete webhook</source>
        <translation>Slett webhook</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="158"/>
        <source>Delete the webhook to %1?</source>
        <translation>Vil du slette webhooken til %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="159"/>
        <source>Vipps stops sending %1 there at once, and its secret is forgotten. Id: %2</source>
        <translation>Vipps slutter straks å sende %1 dit, og hemmeligheten glemmes. ID: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="161"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="207"/>
        <source>No profile ready yet</source>
        <translation>Ingen profil klar ennå</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="207"/>
        <source>Reading the keys of profile %1…</source>
        <translation>Leser nøklene til profilen %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="210"/>
        <source>No profile ready</source>
        <translation>Ingen profil klar</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="211"/>
        <source>Choose or create a profile under Credentials to list and register webhooks.</source>
        <translation>Velg eller opprett en profil under Legitimasjon for å liste og registrere webhooker.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="234"/>
        <source>No profile ready.</source>
        <translation>Ingen profil klar.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="236"/>
        <source>Asking for the webhooks of profile %1…</source>
        <translation>Ber om webhookene til profilen %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="238"/>
        <source>No webhooks are registered for profile %1. Register one (Ctrl+N) to have Vipps send events to this app&apos;s receiver.</source>
        <translation>Ingen webhooker er registrert for profilen %1. Registrer en (Ctrl+N) for å få Vipps til å sende hendelser til appens mottaker.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="288"/>
        <source>Secret copied to the clipboard</source>
        <translation>Hemmeligheten er kopiert til utklippstavlen</translation>
    </message>
</context>
<context>
    <name>Http::BoundedReply</name>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="69"/>
        <source>no complete answer within %1 (HTTP %2 came, its body did not end)</source>
        <translation>intet fullstendig svar innen %1 (HTTP %2 kom, men innholdet tok ikke slutt)</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="71"/>
        <source>no answer within %1</source>
        <translation>intet svar innen %1</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="73"/>
        <source>the answer was longer than %1 and was not read to its end</source>
        <translation>svaret var lengre enn %1 og ble ikke lest til slutten</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="74"/>
        <source>the request was dropped</source>
        <translation>forespørselen ble forkastet</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="80"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="81"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="88"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="90"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="91"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
</context>
<context>
    <name>Http::Server</name>
    <message>
        <location filename="../src/core/http/server.cpp" line="28"/>
        <source>Cannot listen on %1: the port is already in use. Stop the other program or choose another port.</source>
        <translation>Kan ikke lytte på %1: porten er allerede i bruk. Stopp det andre programmet eller velg en annen port.</translation>
    </message>
    <message>
        <location filename="../src/core/http/server.cpp" line="32"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Kan ikke lytte på %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/http/server.cpp" line="61"/>
        <source>Too many connections at once; try again shortly.</source>
        <translation>For mange tilkoblinger samtidig; prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>Http::TlsFiles</name>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="49"/>
        <source>%1 holds no private key that can be read (PEM or DER; RSA, EC or DSA).</source>
        <translation>%1 inneholder ingen privat nøkkel som kan leses (PEM eller DER; RSA, EC eller DSA).</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="53"/>
        <source>The key in %1 is encrypted: give its passphrase in the environment variable VIPPS_TLS_KEY_PASSPHRASE.</source>
        <translation>Nøkkelen i %1 er kryptert: oppgi passfrasen i miljøvariabelen VIPPS_TLS_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="56"/>
        <source>The passphrase does not open the key in %1.</source>
        <translation>Passfrasen åpner ikke nøkkelen i %1.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="62"/>
        <source>The certificate in %1 expired on %2: renew it.</source>
        <translation>Sertifikatet i %1 utløp %2: forny det.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="65"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>Sertifikatet i %1 er ikke gyldig før %2.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="76"/>
        <source>TLS is not available here: Qt found no TLS library (OpenSSL 3).</source>
        <translation>TLS er ikke tilgjengelig her: Qt fant ikke noe TLS-bibliotek (OpenSSL 3).</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="86"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 inneholder ikke noe sertifikat (PEM eller DER).</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="14"/>
        <source>Event inspector</source>
        <translation>Hendelsesinspektør</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="20"/>
        <source>Event summary</source>
        <translation>Hendelsessammendrag</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="30"/>
        <source>Request details</source>
        <translation>Forespørselsdetaljer</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="37"/>
        <source>Verification</source>
        <translation>Verifisering</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="44"/>
        <source>Verification steps</source>
        <translation>Verifiseringstrinn</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="63"/>
        <source>1. Content hash: Base64(SHA-256(body))</source>
        <translation>1. Innholdshash: Base64(SHA-256(innhold))</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="70"/>
        <location filename="../ui/inspectorpanel.ui" line="194"/>
        <source>received</source>
        <translation>mottatt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="77"/>
        <source>Received content hash</source>
        <translation>Mottatt innholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="84"/>
        <source>Content hash comparison</source>
        <translation>Sammenligning av innholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="91"/>
        <location filename="../ui/inspectorpanel.ui" line="215"/>
        <source>computed</source>
        <translation>beregnet</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="98"/>
        <source>Computed content hash</source>
        <translation>Beregnet innholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="105"/>
        <source>2. String to sign: POST, path and query, then x-ms-date;host;content hash</source>
        <translation>2. Streng som signeres: POST, sti og spørring, deretter x-ms-date;host;innholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="112"/>
        <source>host</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="119"/>
        <source>Host used</source>
        <translation>Vert som ble brukt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="126"/>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="133"/>
        <source>Path and query used</source>
        <translation>Sti og spørring som ble brukt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="140"/>
        <location filename="../ui/inspectorpanel.ui" line="147"/>
        <source>x-ms-date</source>
        <translation>x-ms-date</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="154"/>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="164"/>
        <source>String to sign</source>
        <translation>Streng som signeres</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="177"/>
        <source>↵ marks each line feed (\n); there is none after the last line.</source>
        <translation>↵ markerer hvert linjeskift (\n); det er ingen etter siste linje.</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="187"/>
        <source>3. Signature: Base64(HMAC-SHA256(secret, string to sign))</source>
        <translation>3. Signatur: Base64(HMAC-SHA256(hemmelighet, streng som signeres))</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="201"/>
        <source>Received signature</source>
        <translation>Mottatt signatur</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="208"/>
        <source>Signature comparison</source>
        <translation>Sammenligning av signatur</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="222"/>
        <source>Computed signature</source>
        <translation>Beregnet signatur</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="229"/>
        <source>secret</source>
        <translation>hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="236"/>
        <source>Secret used</source>
        <translation>Hemmelighet som ble brukt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="243"/>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="250"/>
        <source>Signature header</source>
        <translation>Signaturheader</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="257"/>
        <source>4. Date: how old x-ms-date was when the request arrived</source>
        <translation>4. Dato: hvor gammel x-ms-date var da forespørselen kom</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="264"/>
        <source>clock skew</source>
        <translation>klokkeavvik</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="271"/>
        <source>Clock skew</source>
        <translation>Klokkeavvik</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="278"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="285"/>
        <source>Verification result and reason</source>
        <translation>Verifiseringsresultat og årsak</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="307"/>
        <source>Nothing to verify</source>
        <translation>Ingenting å verifisere</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="325"/>
        <source>Headers</source>
        <translation>Headere</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="331"/>
        <source>Headers as received</source>
        <translation>Headere slik de ble mottatt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="356"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="361"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="370"/>
        <source>Body</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="376"/>
        <source>Body size and encoding</source>
        <translation>Innholdets størrelse og koding</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="386"/>
        <source>Raw body</source>
        <translation>Rått innhold</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="392"/>
        <source>The body is empty.</source>
        <translation>Innholdet er tomt.</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="400"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="406"/>
        <source>Body as indented JSON</source>
        <translation>Innhold som innrykket JSON</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="425"/>
        <location filename="../ui/inspectorpanel.ui" line="431"/>
        <source>Copy body</source>
        <translation>Kopier innhold</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="428"/>
        <source>Copy the body exactly as received</source>
        <translation>Kopier innholdet nøyaktig slik det ble mottatt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="438"/>
        <location filename="../ui/inspectorpanel.ui" line="444"/>
        <source>Copy as curl</source>
        <translation>Kopier som curl</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="441"/>
        <source>Copy a curl command that sends this request again to the receiver on this machine (Ctrl+Alt+C)</source>
        <translation>Kopier en curl-kommando som sender denne forespørselen på nytt til mottakeren på denne maskinen (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="451"/>
        <location filename="../ui/inspectorpanel.ui" line="457"/>
        <source>Copy raw request</source>
        <translation>Kopier rå forespørsel</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="454"/>
        <source>Copy the HTTP request line, headers and body as received</source>
        <translation>Kopier HTTP-forespørselslinjen, headerne og innholdet slik de ble mottatt</translation>
    </message>
</context>
<context>
    <name>Journal::Cursor</name>
    <message>
        <location filename="../src/core/journal/cursor.cpp" line="51"/>
        <location filename="../src/core/journal/cursor.cpp" line="227"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Kan ikke lese journalen %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/cursor.cpp" line="79"/>
        <location filename="../src/core/journal/cursor.cpp" line="235"/>
        <source>Reading the journal %1 stopped early: %2.</source>
        <translation>Lesingen av journalen %1 stoppet for tidlig: %2.</translation>
    </message>
</context>
<context>
    <name>Journal::Reader</name>
    <message>
        <location filename="../src/core/journal/reader.cpp" line="48"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Kan ikke lese journalen %1: %2.</translation>
    </message>
</context>
<context>
    <name>Journal::Writer</name>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="41"/>
        <location filename="../src/core/journal/writer.cpp" line="49"/>
        <source>Cannot read the journal %1 to continue its numbering: %2.</source>
        <translation>Kan ikke lese journalen %1 for å fortsette nummereringen: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="84"/>
        <source>Cannot open the journal %1 for writing: %2. Check that its folder exists and that it may be written to.</source>
        <translation>Kan ikke åpne journalen %1 for skriving: %2. Sjekk at mappen finnes og at det er lov å skrive til den.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="99"/>
        <source>Cannot repair the torn last line of the journal %1: %2.</source>
        <translation>Kan ikke reparere den avbrutte siste linjen i journalen %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="178"/>
        <source>Cannot write to the journal %1: %2. The handler&apos;s answer was not recorded.</source>
        <translation>Kan ikke skrive til journalen %1: %2. Svaret fra handleren ble ikke registrert.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="188"/>
        <source>The journal is not open.</source>
        <translation>Journalen er ikke åpen.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="194"/>
        <location filename="../src/core/journal/writer.cpp" line="270"/>
        <source>Cannot open the journal %1 for writing: %2.</source>
        <translation>Kan ikke åpne journalen %1 for skriving: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="165"/>
        <source>Cannot write to the journal %1: %2. The request was not recorded; free some space or choose another journal file.</source>
        <translation>Kan ikke skrive til journalen %1: %2. Forespørselen ble ikke lagret; frigjør plass eller velg en annen journalfil.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="253"/>
        <source>Cannot make the journal %1 durable: %2. The requests were not answered as stored; the senders retry.</source>
        <translation>Kan ikke gjøre journalen %1 varig: %2. Forespørslene ble ikke besvart som lagret; avsenderne prøver igjen.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="286"/>
        <source>Cannot write to the journal %1: %2. The requests were not recorded; free some space or choose another journal file.</source>
        <translation>Kan ikke skrive til journalen %1: %2. Forespørslene ble ikke lagret; frigjør plass eller velg en annen journalfil.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Vipps Webhook Workbench</source>
        <translation>Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="58"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>&amp;Receiver</source>
        <translation>&amp;Mottaker</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="79"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="94"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="99"/>
        <source>Change &amp;port…</source>
        <translation>Bytt &amp;port…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="102"/>
        <source>Move the embedded receiver to another port</source>
        <translation>Flytt den innebygde mottakeren til en annen port</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>&amp;Accept every delivery</source>
        <translation>&amp;Godta alle leveringer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="113"/>
        <source>Answer 200 to every delivery while still recording whether its signature verified</source>
        <translation>Svar 200 på alle leveringer, men registrer fortsatt om signaturen ble verifisert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>&amp;Forward to…</source>
        <translation>&amp;Videresend til…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>Pass every accepted delivery on to your own handler and record what it answers</source>
        <translation>Send hver godtatt levering videre til din egen behandler, og registrer hva den svarer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="126"/>
        <source>&amp;Public URL…</source>
        <translation>&amp;Offentlig URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="129"/>
        <source>The address Vipps delivers to through your tunnel: typed, or found from ngrok or cloudflared</source>
        <translation>Adressen Vipps leverer til gjennom tunnelen din: skrevet inn, eller funnet fra ngrok eller cloudflared</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>&amp;HTTPS…</source>
        <translation>&amp;HTTPS…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="137"/>
        <source>Serve HTTPS with your certificate, for a receiver Vipps reaches directly</source>
        <translation>Server HTTPS med sertifikatet ditt, for en mottaker Vipps når direkte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="142"/>
        <source>&amp;About Vipps Webhook Workbench</source>
        <translation>&amp;Om Vipps Webhook Workbench</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../ui/paymentform.ui" line="14"/>
        <source>New payment</source>
        <translation>Ny betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="35"/>
        <source>&amp;Amount</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="50"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="53"/>
        <source>The amount with two decimals, e.g. 49.00; it is sent in minor units (øre, cents), e.g. 4900</source>
        <translation>Beløpet med to desimaler, f.eks. 49,00; det sendes i minste enhet (øre, cent), f.eks. 4900</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="69"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="72"/>
        <source>The currency; it must match the sales unit&apos;s market</source>
        <translation>Valutaen; den må passe til salgsstedets marked</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="79"/>
        <source>Amount as sent</source>
        <translation>Beløp slik det sendes</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="107"/>
        <source>Amount problem</source>
        <translation>Problem med beløpet</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="117"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referanse</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="129"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="132"/>
        <source>8 to 64 letters, digits and &apos;-&apos;, unique per merchant serial number</source>
        <translation>8 til 64 bokstaver, sifre og &apos;-&apos;, unik per salgsstedsnummer (MSN)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="139"/>
        <source>Make a new reference</source>
        <translation>Lag en ny referanse</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="154"/>
        <source>Reference problem</source>
        <translation>Problem med referansen</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="164"/>
        <source>&amp;Description</source>
        <translation>Be&amp;skrivelse</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="174"/>
        <source>Payment description</source>
        <translation>Betalingsbeskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="177"/>
        <source>Shown to the user; 3 to 100 characters, or empty</source>
        <translation>Vises for brukeren; 3 til 100 tegn, eller tom</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="190"/>
        <source>Description problem</source>
        <translation>Problem med beskrivelsen</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="200"/>
        <source>User &amp;flow</source>
        <translation>Bruker&amp;flyt</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="210"/>
        <source>User flow</source>
        <translation>Brukerflyt</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="213"/>
        <source>WEB_REDIRECT opens the landing page and needs a return URL; PUSH_MESSAGE notifies the phone number; QR returns a QR link</source>
        <translation>WEB_REDIRECT åpner landingssiden og trenger en retur-URL; PUSH_MESSAGE varsler telefonnummeret; QR returnerer en QR-lenke</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="226"/>
        <source>User flow problem</source>
        <translation>Problem med brukerflyten</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="236"/>
        <source>Re&amp;turn URL</source>
        <translation>Re&amp;tur-URL</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="246"/>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="249"/>
        <source>https://example.com/return</source>
        <translation>https://example.com/return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="252"/>
        <source>Where the user comes back to after the landing page; needed for WEB_REDIRECT</source>
        <translation>Hvor brukeren kommer tilbake etter landingssiden; trengs for WEB_REDIRECT</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="265"/>
        <source>Return URL problem</source>
        <translation>Problem med retur-URL-en</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="275"/>
        <source>P&amp;hone number</source>
        <translation>Telefon&amp;nummer</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="285"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="288"/>
        <source>4712345678</source>
        <translation>4712345678</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="291"/>
        <source>The customer&apos;s number, digits with the country code; needed for PUSH_MESSAGE and used by Approve</source>
        <translation>Kundens nummer, sifre med landskode; trengs for PUSH_MESSAGE og brukes av Godkjenn</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="304"/>
        <source>Phone number problem</source>
        <translation>Problem med telefonnummeret</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="320"/>
        <source>Other problem</source>
        <translation>Annet problem</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="335"/>
        <source>Cr&amp;eate payment</source>
        <translation>&amp;Opprett betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="338"/>
        <location filename="../ui/paymentform.ui" line="383"/>
        <source>Create payment</source>
        <translation>Opprett betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="348"/>
        <source>Create and appro&amp;ve</source>
        <translation>Opprett og &amp;godkjenn</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="351"/>
        <source>Create and approve payment</source>
        <translation>Opprett og godkjenn betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="376"/>
        <source>Why a payment cannot be created</source>
        <translation>Hvorfor en betaling ikke kan opprettes</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="386"/>
        <source>Create the payment with the ePayment API (Ctrl+Return)</source>
        <translation>Opprett betalingen med ePayment API-et (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="389"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="397"/>
        <source>Create and approve</source>
        <translation>Opprett og godkjenn</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="400"/>
        <source>Create the payment, then approve it as the test user (Ctrl+Shift+Return)</source>
        <translation>Opprett betalingen, og godkjenn den deretter som testbrukeren (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="403"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="411"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="414"/>
        <source>Make a fresh reference (Ctrl+R)</source>
        <translation>Lag en ny referanse (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="417"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../ui/paymentspanel.ui" line="14"/>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="32"/>
        <location filename="../ui/paymentspanel.ui" line="35"/>
        <source>New payment</source>
        <translation>Ny betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="41"/>
        <source>New payment form</source>
        <translation>Skjema for ny betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="71"/>
        <source>Refresh the selected payment</source>
        <translation>Oppdater valgt betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="81"/>
        <source>Approve the selected payment as the test user</source>
        <translation>Godkjenn valgt betaling som testbrukeren</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="91"/>
        <source>Capture the selected payment</source>
        <translation>Trekk valgt betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="101"/>
        <source>Refund the selected payment</source>
        <translation>Refunder valgt betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="111"/>
        <source>Cancel the selected payment</source>
        <translation>Kanseller valgt betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="192"/>
        <source>Open the landing page of the selected payment</source>
        <translation>Åpne landingssiden for valgt betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="134"/>
        <source>Open a payment by its reference</source>
        <translation>Åpne en betaling etter referansen</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="152"/>
        <source>Why Approve is unavailable</source>
        <translation>Hvorfor Godkjenn ikke er tilgjengelig</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="155"/>
        <source>Approve (force approve) exists only in the simulator and the test environment; approve the payment in the Vipps or MobilePay app instead.</source>
        <translation>Godkjenn (tvungen godkjenning) finnes bare i simulatoren og testmiljøet; godkjenn betalingen i Vipps- eller MobilePay-appen i stedet.</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="162"/>
        <source>Payments of this profile, made or opened in this session</source>
        <translation>Betalinger for denne profilen, opprettet eller åpnet i denne økten</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="202"/>
        <source>Landing page address of the selected payment</source>
        <translation>Adressen til landingssiden for den valgte betalingen</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="208"/>
        <source>Select a payment to see its landing page</source>
        <translation>Velg en betaling for å se landingssiden</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="215"/>
        <source>Copy the landing page address</source>
        <translation>Kopier adressen til landingssiden</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="230"/>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="254"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="269"/>
        <source>What failed</source>
        <translation>Hva som mislyktes</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="282"/>
        <source>Error details</source>
        <translation>Feildetaljer</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="294"/>
        <source>Dismiss the error</source>
        <translation>Lukk feilmeldingen</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="310"/>
        <source>Payment action status</source>
        <translation>Status for betalingshandling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="320"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="323"/>
        <source>Get the selected payment again from the ePayment API (F5)</source>
        <translation>Hent valgt betaling på nytt fra ePayment API-et (F5)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="326"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="334"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="337"/>
        <source>Approve the selected payment as the test user, as if in the app (Ctrl+Shift+A)</source>
        <translation>Godkjenn valgt betaling som testbrukeren, som i appen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="340"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="348"/>
        <source>Capture…</source>
        <translation>Trekk…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="351"/>
        <source>Capture some or all of what is authorized (Ctrl+Shift+C)</source>
        <translation>Trekk noe av eller hele det reserverte beløpet (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="354"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="362"/>
        <source>Refund…</source>
        <translation>Refunder…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="365"/>
        <source>Refund some or all of what is captured (Ctrl+Shift+R)</source>
        <translation>Refunder noe av eller hele det trukne beløpet (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="368"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="376"/>
        <source>Cancel</source>
        <translation>Kanseller</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="379"/>
        <source>Cancel the selected payment: before approval it ends as TERMINATED, after it the uncaptured rest is released (Ctrl+Shift+X)</source>
        <translation>Kanseller valgt betaling: før godkjenning ender den som TERMINATED, etter godkjenning frigis resten som ikke er trukket (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="382"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="390"/>
        <source>Landing page</source>
        <translation>Landingsside</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="393"/>
        <source>Open the landing page of the selected payment in the browser, to approve or reject it as the customer (Ctrl+Shift+O)</source>
        <translation>Åpne landingssiden for den valgte betalingen i nettleseren for å godkjenne eller avvise den som kunden (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="396"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="404"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="407"/>
        <source>Copy the landing page&apos;s address, to open it in any browser</source>
        <translation>Kopier adressen til landingssiden for å åpne den i en hvilken som helst nettleser</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="412"/>
        <source>Open…</source>
        <translation>Åpne…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="415"/>
        <source>Get a payment by its reference and add it to the list, e.g. one made with another profile or before the app started</source>
        <translation>Hent en betaling etter referansen og legg den til i listen, f.eks. en laget med en annen profil eller før appen startet</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="420"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="423"/>
        <source>Hide the error</source>
        <translation>Skjul feilen</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="14"/>
        <source>Profile editor</source>
        <translation>Profilredigering</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="30"/>
        <source>What this profile is called here and on the command line (--profile NAME)</source>
        <translation>Hva profilen heter her og på kommandolinjen (--profile NAME)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="33"/>
        <source>Profile name</source>
        <translation>Profilnavn</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="40"/>
        <source>Problem with the profile name</source>
        <translation>Problem med profilnavnet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="50"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="60"/>
        <source>Where this profile&apos;s calls go: the built-in simulator, Vipps&apos; test or production servers, or an address you give</source>
        <translation>Hvor profilens kall går: den innebygde simulatoren, Vipps&apos; test- eller produksjonsservere, eller en adresse du oppgir</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="63"/>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="70"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="82"/>
        <source>The address the API calls go to, for example http://127.0.0.1:8079</source>
        <translation>Adressen API-kallene går til, for eksempel http://127.0.0.1:8079</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="85"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="92"/>
        <source>Fixed base URL of this environment</source>
        <translation>Fast basis-URL for dette miljøet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="104"/>
        <source>Problem with the base URL</source>
        <translation>Problem med basis-URL-en</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="114"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Klient-ID:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="124"/>
        <source>client_id from the API keys of the sales unit in the business portal</source>
        <translation>client_id fra salgsstedets API-nøkler i bedriftsportalen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="127"/>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="134"/>
        <source>Problem with the client ID</source>
        <translation>Problem med klient-ID-en</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="144"/>
        <source>&amp;MSN:</source>
        <translation>M&amp;SN:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="154"/>
        <source>Merchant-Serial-Number: the 4 to 10 digits of the sales unit</source>
        <translation>Merchant-Serial-Number: salgsstedets 4 til 10 sifre</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="157"/>
        <source>Merchant serial number</source>
        <translation>Salgsstedsnummer (MSN)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="164"/>
        <source>Problem with the merchant serial number</source>
        <translation>Problem med salgsstedsnummeret</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="174"/>
        <source>&amp;Partner keys (the MSN may be left empty)</source>
        <translation>&amp;Partnernøkler (MSN kan stå tomt)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="177"/>
        <source>Partner mode</source>
        <translation>Partnermodus</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="184"/>
        <source>Client &amp;secret:</source>
        <translation>Klient&amp;hemmelighet:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="196"/>
        <source>client_secret of the sales unit; kept in the keychain, never in the settings file</source>
        <translation>Salgsstedets client_secret; lagres i nøkkelringen, aldri i innstillingsfilen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="199"/>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="209"/>
        <source>Show or hide the client secret as typed</source>
        <translation>Vis eller skjul klienthemmeligheten slik den er skrevet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="212"/>
        <source>Show the client secret</source>
        <translation>Vis klienthemmeligheten</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="224"/>
        <source>Where the client secret is kept</source>
        <translation>Hvor klienthemmeligheten lagres</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="234"/>
        <source>S&amp;ubscription key:</source>
        <translation>&amp;Abonnementsnøkkel:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="246"/>
        <source>Ocp-Apim-Subscription-Key (primary or secondary); kept in the keychain, never in the settings file</source>
        <translation>Ocp-Apim-Subscription-Key (primær eller sekundær); lagres i nøkkelringen, aldri i innstillingsfilen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="249"/>
        <source>Subscription key</source>
        <translation>Abonnementsnøkkel</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="259"/>
        <source>Show or hide the subscription key as typed</source>
        <translation>Vis eller skjul abonnementsnøkkelen slik den er skrevet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="262"/>
        <source>Show the subscription key</source>
        <translation>Vis abonnementsnøkkelen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="274"/>
        <source>Where the subscription key is kept</source>
        <translation>Hvor abonnementsnøkkelen lagres</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="284"/>
        <source>Problem with the keys</source>
        <translation>Problem med nøklene</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="294"/>
        <source>&amp;Advanced: Vipps-System headers</source>
        <translation>A&amp;vansert: Vipps-System-headere</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="297"/>
        <source>The four Vipps-System-* headers sent with every call; Vipps support traces requests by them</source>
        <translation>De fire Vipps-System-*-headerne som sendes med hvert kall; Vipps-kundestøtte sporer forespørsler med dem</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="300"/>
        <source>Show the advanced settings</source>
        <translation>Vis de avanserte innstillingene</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="319"/>
        <source>Vipps-System headers</source>
        <translation>Vipps-System-headere</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="328"/>
        <source>System &amp;name:</source>
        <translation>S&amp;ystemnavn:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="338"/>
        <source>Vipps-System-Name: the name of your solution, at most 30 characters</source>
        <translation>Vipps-System-Name: navnet på løsningen din, høyst 30 tegn</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="341"/>
        <source>Vipps-System-Name</source>
        <translation>Vipps-System-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="348"/>
        <source>Problem with Vipps-System-Name</source>
        <translation>Problem med Vipps-System-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="358"/>
        <source>System &amp;version:</source>
        <translation>Systemv&amp;ersjon:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="368"/>
        <source>Vipps-System-Version: the version of your solution, at most 30 characters</source>
        <translation>Vipps-System-Version: versjonen av løsningen din, høyst 30 tegn</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="371"/>
        <source>Vipps-System-Version</source>
        <translation>Vipps-System-Version</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="378"/>
        <source>Problem with Vipps-System-Version</source>
        <translation>Problem med Vipps-System-Version</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="388"/>
        <source>P&amp;lugin name:</source>
        <translation>Pl&amp;uginnavn:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="398"/>
        <source>Vipps-System-Plugin-Name: the plugin or integration, at most 30 characters</source>
        <translation>Vipps-System-Plugin-Name: pluginen eller integrasjonen, høyst 30 tegn</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="401"/>
        <source>Vipps-System-Plugin-Name</source>
        <translation>Vipps-System-Plugin-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="408"/>
        <source>Problem with Vipps-System-Plugin-Name</source>
        <translation>Problem med Vipps-System-Plugin-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="418"/>
        <source>Plu&amp;gin version:</source>
        <translation>Plu&amp;ginversjon:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="428"/>
        <source>Vipps-System-Plugin-Version: the version of the plugin, at most 30 characters</source>
        <translation>Vipps-System-Plugin-Version: versjonen av pluginen, høyst 30 tegn</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="431"/>
        <source>Vipps-System-Plugin-Version</source>
        <translation>Vipps-System-Plugin-Version</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="438"/>
        <source>Problem with Vipps-System-Plugin-Version</source>
        <translation>Problem med Vipps-System-Plugin-Version</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="20"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="21"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="22"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="23"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="24"/>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="13"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="15"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="16"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="19"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
</context>
<context>
    <name>QuickStartPanel</name>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="14"/>
        <source>Quick start</source>
        <translation>Hurtigstart</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="30"/>
        <source>Quick start progress</source>
        <translation>Fremdrift i hurtigstarten</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="36"/>
        <source>%v of %m steps done</source>
        <translation>%v av %m trinn fullført</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="50"/>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
</context>
<context>
    <name>Receiver::ForwardRoute</name>
    <message>
        <location filename="../src/core/receiver/forwardroute.cpp" line="44"/>
        <source>No URL given: give URL or EVENT-TYPE=URL, e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.</source>
        <translation>Ingen URL oppgitt: oppgi URL eller EVENT-TYPE=URL, f.eks. epayments.payment.captured.v1=http://localhost:3000/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/forwardroute.cpp" line="51"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host: give URL or EVENT-TYPE=URL, e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.</source>
        <translation>&apos;%1&apos; er ikke en http(s)-URL med vert: oppgi URL eller EVENT-TYPE=URL, f.eks. epayments.payment.captured.v1=http://localhost:3000/vipps.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverHost</name>
    <message>
        <location filename="../src/core/receiver/receiverhost.cpp" line="77"/>
        <source>the journal %1 holds whole requests and other users may read it (mode %2); &apos;chmod 600 %1&apos; makes it private.</source>
        <translation>journalen %1 inneholder hele forespørsler, og andre brukere kan lese den (modus %2); &apos;chmod 600 %1&apos; gjør den privat.</translation>
    </message>
</context>
<context>
    <name>Receiver::WebhookHandler</name>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="77"/>
        <source>Use GET on /healthz.</source>
        <translation>Bruk GET på /healthz.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="85"/>
        <source>Vipps delivers webhooks with POST; %1 is not accepted here.</source>
        <translation>Vipps leverer webhooker med POST; %1 godtas ikke her.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="120"/>
        <source>Webhook signature %1</source>
        <translation>Webhook-signatur %1</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="148"/>
        <source>The delivery could not be stored; retry later.</source>
        <translation>Leveringen kunne ikke lagres; prøv igjen senere.</translation>
    </message>
</context>
<context>
    <name>RegisterWebhookDialog</name>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="14"/>
        <location filename="../ui/registerwebhookdialog.ui" line="17"/>
        <source>Register webhook</source>
        <translation>Registrer webhook</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="23"/>
        <source>Vipps sends the chosen events to this URL, each signed with a secret that it returns once, now.</source>
        <translation>Vipps sender de valgte hendelsene til denne URL-en, hver signert med en hemmelighet som returneres én gang, nå.</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="35"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="45"/>
        <source>Where Vipps delivers the events: this app&apos;s receiver, or the public https:// URL of a tunnel to it</source>
        <translation>Hvor Vipps leverer hendelsene: appens mottaker, eller den offentlige https://-URL-en til en tunnel dit</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="48"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="74"/>
        <source>About the URL</source>
        <translation>Om URL-en</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="77"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach (a tunnel for this machine). The local simulator also accepts http:// for this machine (127.0.0.1 or localhost).</source>
        <translation>Vipps krever https:// i produksjon og test, på en adresse som kan nås fra internett (en tunnel for denne maskinen). Den lokale simulatoren godtar også http:// for denne maskinen (127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="105"/>
        <source>&amp;Events to send:</source>
        <translation>&amp;Hendelser som skal sendes:</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="115"/>
        <source>Check the event types to receive; a group&apos;s box checks all of its events (Space toggles the current row)</source>
        <translation>Merk av hendelsestypene som skal mottas; boksen for en gruppe merker av alle hendelsene i den (Mellomrom veksler gjeldende rad)</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="118"/>
        <source>Event types</source>
        <translation>Hendelsestyper</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="131"/>
        <source>Event type</source>
        <translation>Hendelsestype</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="136"/>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="156"/>
        <source>Input check</source>
        <translation>Kontroll av inndata</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="14"/>
        <source>Outgoing requests</source>
        <translation>Utgående forespørsler</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="36"/>
        <source>API calls made by this app</source>
        <translation>API-kall gjort av denne appen</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="68"/>
        <source>Selected call: problem details and curl command</source>
        <translation>Valgt kall: problemdetaljer og curl-kommando</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="77"/>
        <source>Select a call to see its problem details and the equivalent curl command. Secrets show as $VIPPS_… variables.</source>
        <translation>Velg et kall for å se problemdetaljene og den tilsvarende curl-kommandoen. Hemmeligheter vises som $VIPPS_…-variabler.</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="86"/>
        <source>Copy as curl</source>
        <translation>Kopier som curl</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="89"/>
        <source>Copy the selected call as a curl command; secrets are $VIPPS_… variables</source>
        <translation>Kopier valgt kall som en curl-kommando; hemmeligheter blir $VIPPS_…-variabler</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="96"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
</context>
<context>
    <name>Signature::Phrase</name>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="70"/>
        <source>the signature matches %1 for host &quot;%2&quot;, but this receiver used &quot;%3&quot;: only the port differs. Vipps signs the registered URL&apos;s host, with &quot;:port&quot; only when the port is not the scheme default (443 for https); give this receiver the URL exactly as registered</source>
        <translation>signaturen samsvarer med %1 for verten &quot;%2&quot;, men denne mottakeren brukte &quot;%3&quot;: bare porten er forskjellig. Vipps signerer verten i den registrerte URL-en, med &quot;:port&quot; bare når porten ikke er standardporten for skjemaet (443 for https); gi denne mottakeren URL-en nøyaktig slik den ble registrert</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="75"/>
        <source>the signature matches %1 for host &quot;%2&quot; from the Host header, not &quot;%3&quot; from the public or registered URL: check that the URL given to this receiver is the one registered with Vipps</source>
        <translation>signaturen samsvarer med %1 for verten &quot;%2&quot; fra Host-headeren, ikke &quot;%3&quot; fra den offentlige eller registrerte URL-en: sjekk at URL-en som er gitt til denne mottakeren, er den som er registrert hos Vipps</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="78"/>
        <source>the signature matches %1 for host &quot;%2&quot; from X-Forwarded-Host, not &quot;%3&quot; from the Host header: the request came through a proxy or tunnel; start the receiver with --public-url set to the URL registered with Vipps (https://%2...)</source>
        <translation>signaturen samsvarer med %1 for verten &quot;%2&quot; fra X-Forwarded-Host, ikke &quot;%3&quot; fra Host-headeren: forespørselen kom via en proxy eller tunnel; start mottakeren med --public-url satt til URL-en som er registrert hos Vipps (https://%2...)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="149"/>
        <source>the signature matches %1 for path &quot;%2&quot; as received in the request, not &quot;%3&quot; from the registered URL: the registered URL&apos;s path differs from where the delivery arrived</source>
        <translation>signaturen samsvarer med %1 for stien &quot;%2&quot; slik den ble mottatt i forespørselen, ikke &quot;%3&quot; fra den registrerte URL-en: stien i den registrerte URL-en er en annen enn der leveringen kom inn</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="153"/>
        <source>the signature matches %1 for path &quot;%2&quot; without the query string, not &quot;%3&quot;: the signer dropped the query; Vipps signs the path and query of the registered URL</source>
        <translation>signaturen samsvarer med %1 for stien &quot;%2&quot; uten spørrestrengen, ikke &quot;%3&quot;: den som signerte, utelot spørringen; Vipps signerer stien og spørringen i den registrerte URL-en</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="157"/>
        <source>the signature matches %1 for path &quot;%2&quot;, not &quot;%3&quot;: the signer left out the path; Vipps signs the path and query of the registered URL</source>
        <translation>signaturen samsvarer med %1 for stien &quot;%2&quot;, ikke &quot;%3&quot;: den som signerte, utelot stien; Vipps signerer stien og spørringen i den registrerte URL-en</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="161"/>
        <source>the signature matches %1 for path &quot;%2&quot;, not &quot;%3&quot;: a trailing slash differs; Vipps signs the URL exactly as registered</source>
        <translation>signaturen samsvarer med %1 for stien &quot;%2&quot;, ikke &quot;%3&quot;: en avsluttende skråstrek er forskjellig; Vipps signerer URL-en nøyaktig slik den ble registrert</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="165"/>
        <source>the signature matches %1 for the percent-decoded path &quot;%2&quot;, not &quot;%3&quot;: Vipps signs the path as encoded in the registered URL</source>
        <translation>signaturen samsvarer med %1 for den prosentdekodede stien &quot;%2&quot;, ikke &quot;%3&quot;: Vipps signerer stien slik den er kodet i den registrerte URL-en</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="195"/>
        <source>the signature matches %1 only when the secret is base64-decoded first: the signer decoded the secret before using it as the HMAC key. Vipps uses the UTF-8 bytes of the secret string exactly as returned at registration</source>
        <translation>signaturen samsvarer med %1 bare når hemmeligheten først base64-dekodes: den som signerte, dekodet hemmeligheten før den ble brukt som HMAC-nøkkel. Vipps bruker UTF-8-bytene i hemmelighetsstrengen nøyaktig slik den ble returnert ved registreringen</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="208"/>
        <source>the signature matches %1 when the string to sign is joined with CRLF: Vipps separates its lines with a single LF (\n)</source>
        <translation>signaturen samsvarer med %1 når strengen som signeres, settes sammen med CRLF: Vipps skiller linjene med ett enkelt LF (\n)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="213"/>
        <source>the signature matches %1 when the string to sign ends with a newline: Vipps adds no trailing newline</source>
        <translation>signaturen samsvarer med %1 når strengen som signeres, slutter med et linjeskift: Vipps legger ikke til noe linjeskift på slutten</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="230"/>
        <source>the signature matches %1 but uses the URL-safe base64 alphabet: Vipps uses standard base64 with padding</source>
        <translation>signaturen samsvarer med %1, men bruker det URL-sikre base64-alfabetet: Vipps bruker standard base64 med padding</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="234"/>
        <source>the signature matches %1 but is written in hex: Vipps sends it in base64</source>
        <translation>signaturen samsvarer med %1, men er skrevet i hex: Vipps sender den i base64</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="237"/>
        <source>the signature matches %1 but lacks its trailing &quot;=&quot;: Vipps uses standard base64 with padding</source>
        <translation>signaturen samsvarer med %1, men mangler den avsluttende &quot;=&quot;: Vipps bruker standard base64 med padding</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="268"/>
        <source>the signature was made with a secret this receiver does not know (%1 tried), or for a different URL than %2%3: check the secret returned when the webhook was registered and the registered URL</source>
        <extracomment>%1 counts the secrets tried; %2%3 is the URL, its host and its path.</extracomment>
        <translation>signaturen ble laget med en hemmelighet denne mottakeren ikke kjenner (hemmeligheter prøvd: %1), eller for en annen URL enn %2%3: sjekk hemmeligheten som ble returnert da webhooken ble registrert, og den registrerte URL-en</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="296"/>
        <source>the delivery is for webhook %1, whose secret this app does not hold, and no secret it holds matches (%2 tried): add the secret Vipps returned when this webhook was registered (Add the secret of this webhook), or register the webhook in this app</source>
        <extracomment>&quot;Add the secret of this webhook&quot; is the inspector&apos;s button.</extracomment>
        <translation>leveringen gjelder webhook %1, som denne appen ikke har hemmeligheten til, og ingen av hemmelighetene den har, samsvarer (hemmeligheter prøvd: %2): legg til hemmeligheten Vipps returnerte da denne webhooken ble registrert (Legg til hemmeligheten for denne webhooken), eller registrer webhooken i denne appen</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="302"/>
        <source>the delivery is for webhook %1, whose secret this receiver does not know, and no known secret matches (%2 tried): register the webhook through this tool or pass --webhook-id %1=SECRET</source>
        <translation>leveringen gjelder webhook %1, som denne mottakeren ikke kjenner hemmeligheten til, og ingen kjent hemmelighet samsvarer (hemmeligheter prøvd: %2): registrer webhooken med dette verktøyet, eller oppgi --webhook-id %1=SECRET</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="312"/>
        <source>this app holds no webhook secret for the profile in use: register the webhook in the Webhooks tab, or add the secret Vipps returned when it was registered elsewhere</source>
        <translation>denne appen har ingen webhook-hemmelighet for profilen som er i bruk: registrer webhooken i fanen Webhooker, eller legg til hemmeligheten Vipps returnerte da den ble registrert et annet sted</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="317"/>
        <source>no webhook secret is known; register the webhook through this tool or pass --secret</source>
        <translation>ingen webhook-hemmelighet er kjent; registrer webhooken med dette verktøyet, eller oppgi --secret</translation>
    </message>
    <message>
        <location filename="../src/core/signature/secret.cpp" line="9"/>
        <source>webhook %1</source>
        <extracomment>The name of a webhook&apos;s secret in the verification&apos;s reasons; %1 is the webhook&apos;s id.</extracomment>
        <translation>webhook %1</translation>
    </message>
    <message>
        <location filename="../src/core/signature/secret.cpp" line="15"/>
        <source>secret #%1</source>
        <extracomment>The name of a secret given without its webhook&apos;s id (vipps-hooks --secret); %1 counts from 1.</extracomment>
        <translation>hemmelighet nr. %1</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="56"/>
        <source>no %1 header</source>
        <translation>ingen %1-header</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="58"/>
        <source>an empty %1 header</source>
        <translation>en tom %1-header</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="60"/>
        <source>an HMAC-SHA256 %1 header without a Signature= part</source>
        <translation>en HMAC-SHA256 %1-header uten Signature=-del</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="64"/>
        <source>an %1 header that is not of the HMAC-SHA256 scheme</source>
        <translation>en %1-header som ikke bruker HMAC-SHA256-skjemaet</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="66"/>
        <source>an %1 header with the %2 scheme instead of HMAC-SHA256</source>
        <translation>en %1-header med skjemaet %2 i stedet for HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="74"/>
        <source>the request is not signed: it has %1 and %2. Vipps signs every delivery with HMAC-SHA256 in Authorization and X-Vipps-Authorization; some proxies strip Authorization</source>
        <extracomment>%1 and %2 each say what is wrong with one header, e.g. &quot;no Authorization header&quot;.</extracomment>
        <translation>forespørselen er ikke signert: den har %1 og %2. Vipps signerer hver levering med HMAC-SHA256 i Authorization og X-Vipps-Authorization; noen proxyer fjerner Authorization</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="131"/>
        <source>the request has no x-ms-content-sha256 header: Vipps always sends the base64 SHA-256 of the body in it, so this was not signed the Vipps way</source>
        <translation>forespørselen har ingen x-ms-content-sha256-header: Vipps sender alltid SHA-256 av innholdet som base64 i den, så den er ikke signert slik Vipps gjør det</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="138"/>
        <source>x-ms-content-sha256 is the SHA-256 of the body in hex: Vipps sends it in base64</source>
        <translation>x-ms-content-sha256 er SHA-256 av innholdet i hex: Vipps sender den i base64</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="142"/>
        <source>the body differs from what was signed (x-ms-content-sha256 does not match): something between Vipps and you changed the body, or the signer hashed different bytes</source>
        <translation>innholdet avviker fra det som ble signert (x-ms-content-sha256 samsvarer ikke): noe mellom Vipps og deg endret innholdet, eller den som signerte, hashet andre byte</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="187"/>
        <source>signature matches %1, not %2 that Webhook-Id %3 names</source>
        <translation>signaturen samsvarer med %1, ikke med %2 som Webhook-Id %3 angir</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="191"/>
        <source>signature matches %1 (Webhook-Id %2 names no known secret)</source>
        <translation>signaturen samsvarer med %1 (Webhook-Id %2 angir ingen kjent hemmelighet)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="193"/>
        <source>signature matches %1</source>
        <translation>signaturen samsvarer med %1</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="200"/>
        <source>x-ms-date is %1 s in the past; allowed skew is %2 s: check the clocks, or this is a replay (the %3)</source>
        <translation>x-ms-date ligger %1 s tilbake i tid; tillatt avvik er %2 s: sjekk klokkene, eller så er dette en gjentatt forespørsel (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="204"/>
        <source>x-ms-date is %1 s in the future; allowed skew is %2 s: check the clocks of this machine and of the sender (the %3)</source>
        <translation>x-ms-date ligger %1 s fram i tid; tillatt avvik er %2 s: sjekk klokkene på denne maskinen og hos avsenderen (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="215"/>
        <source>x-ms-date &quot;%1&quot; is not an RFC 1123 date such as &quot;Thu, 30 Mar 2023 08:38:32 GMT&quot;, so its age cannot be checked (the %2)</source>
        <translation>x-ms-date &quot;%1&quot; er ikke en RFC 1123-dato som for eksempel &quot;Thu, 30 Mar 2023 08:38:32 GMT&quot;, så alderen kan ikke sjekkes (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="273"/>
        <source>the request has no x-ms-date header: Vipps signs the send time in it, so the signature cannot be checked</source>
        <translation>forespørselen har ingen x-ms-date-header: Vipps signerer sendetidspunktet i den, så signaturen kan ikke sjekkes</translation>
    </message>
</context>
<context>
    <name>Sim::LandingPage</name>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="90"/>
        <source>Approve the payment to pay, or reject it.</source>
        <translation>Godkjenn betalingen for å betale, eller avvis den.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="92"/>
        <source>You approved this payment. The merchant can now capture it.</source>
        <translation>Du godkjente denne betalingen. Brukerstedet kan nå trekke den.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="95"/>
        <source>You rejected this payment. No money was reserved.</source>
        <translation>Du avviste denne betalingen. Ingen penger ble reservert.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="97"/>
        <source>This payment expired: it was not approved in time.</source>
        <translation>Denne betalingen er utløpt: den ble ikke godkjent i tide.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="99"/>
        <source>The merchant cancelled this payment before it was approved.</source>
        <translation>Brukerstedet kansellerte denne betalingen før den ble godkjent.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="147"/>
        <source>Local Vipps simulator: this is not the real Vipps, and no money moves. Use it to test your shop.</source>
        <translation>Lokal Vipps-simulator: dette er ikke den ekte Vipps, og ingen penger flyttes. Bruk den til å teste butikken din.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="177"/>
        <source>Payment link not valid</source>
        <translation>Ugyldig betalingslenke</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="178"/>
        <source>This payment link is not valid, or the payment is no longer in the simulator&apos;s memory (it keeps payments only while it runs). Start a new payment from the shop.</source>
        <translation>Denne betalingslenken er ikke gyldig, eller betalingen finnes ikke lenger i simulatorens minne (den beholder betalinger bare mens den kjører). Start en ny betaling fra butikken.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="187"/>
        <source>Method not allowed</source>
        <translation>Metoden er ikke tillatt</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="188"/>
        <source>This address accepts only %1 requests.</source>
        <translation>Denne adressen godtar bare %1-forespørsler.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="202"/>
        <source>(no description)</source>
        <translation>(ingen beskrivelse)</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="206"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="207"/>
        <source>Merchant (MSN)</source>
        <translation>Brukersted (MSN)</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="208"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="209"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="226"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="228"/>
        <source>Reject</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="235"/>
        <source>Back to the shop</source>
        <translation>Tilbake til butikken</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="246"/>
        <source>Payment to %1</source>
        <translation>Betaling til %1</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="289"/>
        <source>Page not found</source>
        <translation>Fant ikke siden</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="290"/>
        <source>The simulator&apos;s landing page has no such address.</source>
        <translation>Simulatorens landingsside har ingen slik adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="294"/>
        <location filename="../src/core/sim/landingpage.cpp" line="336"/>
        <source>Form not understood</source>
        <translation>Skjemaet ble ikke forstått</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="295"/>
        <source>Send the form as %1.</source>
        <translation>Send skjemaet som %1.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="329"/>
        <source>Form too large</source>
        <translation>Skjemaet er for stort</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="330"/>
        <source>The form may be at most %1 bytes; it needs only the token.</source>
        <translation>Skjemaet kan være høyst %1 byte; det trenger bare tokenet.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="337"/>
        <source>The form must carry exactly one token field.</source>
        <translation>Skjemaet må ha nøyaktig ett token-felt.</translation>
    </message>
</context>
<context>
    <name>Tunnel::NgrokAnswer</name>
    <message>
        <location filename="../src/core/tunnel/ngrokanswer.cpp" line="59"/>
        <source>not an ngrok agent&apos;s list of tunnels</source>
        <translation>ikke en liste over tunneler fra en ngrok-agent</translation>
    </message>
</context>
<context>
    <name>Tunnel::QuickTunnelAnswer</name>
    <message>
        <location filename="../src/core/tunnel/quicktunnelanswer.cpp" line="16"/>
        <source>not a cloudflared quick tunnel&apos;s answer</source>
        <translation>ikke et svar fra en cloudflared-hurtigtunnel</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/quicktunnelanswer.cpp" line="28"/>
        <source>a quick tunnel hostname that is not a host name</source>
        <translation>et vertsnavn for hurtigtunnelen som ikke er et vertsnavn</translation>
    </message>
</context>
<context>
    <name>Tunnel::TunnelChoice</name>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="23"/>
        <source>Start one with &apos;%1&apos; or &apos;%2&apos;.</source>
        <translation>Start en med «%1» eller «%2».</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="33"/>
        <source>%1 cloudflared quick tunnels run and cloudflared does not say which one forwards to port %2: give the public URL yourself.</source>
        <translation>%1 cloudflared-hurtigtunneler kjører, og cloudflared sier ikke hvilken som videresender til port %2: oppgi den offentlige URL-en selv.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="42"/>
        <source>ngrok&apos;s tunnel to port %1 is %2, not HTTPS, and Vipps calls only HTTPS addresses. %3</source>
        <translation>ngrok-tunnelen til port %1 er %2, ikke HTTPS, og Vipps kaller bare HTTPS-adresser. %3</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="50"/>
        <source>ngrok runs, but forwards %1 to %2, not to this receiver&apos;s port %3. %4</source>
        <translation>ngrok kjører, men videresender %1 til %2, ikke til denne mottakerens port %3. %4</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="55"/>
        <source>No tunnel to port %1 was found. %2</source>
        <translation>Fant ingen tunnel til port %1. %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="76"/>
        <source>cloudflared does not say where its quick tunnel forwards: it should have been started with &apos;%1&apos;.</source>
        <translation>cloudflared sier ikke hvor hurtigtunnelen videresender: den skal være startet med «%1».</translation>
    </message>
</context>
<context>
    <name>Tunnel::TunnelFinder</name>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="95"/>
        <source>%1 at %2 answered %3.</source>
        <translation>%1 på %2 svarte %3.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="99"/>
        <source>No %1 agent answered at %2 (%3).</source>
        <translation>Ingen %1-agent svarte på %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="115"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Tunnel::UrlPreflight</name>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="29"/>
        <source>answered %1 in %2 ms</source>
        <translation>svarte %1 på %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="37"/>
        <source>%1, a redirect to %2: Vipps does not follow redirects; register the address it points to instead</source>
        <translation>%1, en omdirigering til %2: Vipps følger ikke omdirigeringer; registrer adressen den peker til i stedet</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="50"/>
        <source>reachable: %1, as a handler that checks signatures should to this test, signed with a secret it cannot know (this app&apos;s receiver too: it learns the secret when the webhook is registered)</source>
        <translation>nåbar: %1, slik en behandler som sjekker signaturer skal svare på denne testen, signert med en hemmelighet den ikke kan kjenne (også denne appens mottaker: den får hemmeligheten når webhooken registreres)</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="57"/>
        <source>reachable, but %1: nothing is at that path; is it the right one?</source>
        <translation>nåbar, men %1: ingenting finnes på den stien; er den riktig?</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="61"/>
        <source>reachable, but %1: a tunnel or proxy answered for a handler that may not be running</source>
        <translation>nåbar, men %1: en tunnel eller proxy svarte for en behandler som kanskje ikke kjører</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="66"/>
        <source>reachable: %1 (a handler that checks signatures would have refused this test, signed with a secret it cannot know)</source>
        <translation>nåbar: %1 (en behandler som sjekker signaturer ville ha avvist denne testen, signert med en hemmelighet den ikke kan kjenne)</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="71"/>
        <source>reachable: %1</source>
        <translation>nåbar: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="99"/>
        <source>not an absolute URL with a host</source>
        <translation>ikke en absolutt URL med vert</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="106"/>
        <source>not tried: the URL breaks a rule above</source>
        <translation>ikke prøvd: URL-en bryter en regel over</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="120"/>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 ble ikke slått opp innen %2 s</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="123"/>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="138"/>
        <source>not tried: the name does not resolve</source>
        <translation>ikke prøvd: navnet kan ikke slås opp</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="136"/>
        <source>%1 does not resolve: %2</source>
        <translation>%1 kan ikke slås opp: %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="144"/>
        <source>not tried: Vipps could not reach it anyway</source>
        <translation>ikke prøvd: Vipps kunne uansett ikke nå den</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="171"/>
        <source>not reachable: %1</source>
        <translation>ikke nåbar: %1</translation>
    </message>
</context>
<context>
    <name>Tunnel::UrlRules</name>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="46"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="49"/>
        <source>http: the local simulator delivers to it; Vipps would not</source>
        <translation>http: den lokale simulatoren leverer dit; Vipps ville ikke gjort det</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="52"/>
        <source>%1: Vipps calls only HTTPS URLs. Put a tunnel in front of the receiver (&apos;vipps-hooks tunnel&apos; finds it) and register its https address.</source>
        <translation>%1: Vipps kaller bare HTTPS-URL-er. Sett en tunnel foran mottakeren («vipps-hooks tunnel» finner den) og registrer https-adressen dens.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="62"/>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="63"/>
        <source>port %1: Vipps may not call it; to be safe use 443, 80 or 8080</source>
        <translation>port %1: Vipps kaller den kanskje ikke; bruk 443, 80 eller 8080 for sikkerhets skyld</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="71"/>
        <source>%1 resolves to %2</source>
        <translation>%1 slås opp til %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="79"/>
        <source>%1: this machine, which Vipps cannot reach. Use a tunnel&apos;s public address (&apos;vipps-hooks tunnel&apos;).</source>
        <translation>%1: denne maskinen, som Vipps ikke kan nå. Bruk en tunnels offentlige adresse («vipps-hooks tunnel»).</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="84"/>
        <source>%1: a private network address, which Vipps cannot reach from the internet</source>
        <translation>%1: en privat nettverksadresse, som Vipps ikke kan nå fra internett</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <location filename="../ui/webhookspanel.ui" line="14"/>
        <source>Webhooks</source>
        <translation>Webhooker</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="34"/>
        <source>Refresh the webhook list</source>
        <translation>Oppdater webhooklisten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="44"/>
        <source>Register a webhook</source>
        <translation>Registrer en webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="54"/>
        <source>Delete the selected webhook</source>
        <translation>Slett valgt webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="71"/>
        <source>Webhook list status</source>
        <translation>Status for webhooklisten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="80"/>
        <source>Webhook message</source>
        <translation>Webhook-melding</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="106"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="119"/>
        <source>Message details</source>
        <translation>Meldingsdetaljer</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="134"/>
        <source>Hide this message</source>
        <translation>Skjul denne meldingen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="137"/>
        <source>Dismiss the message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="140"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="150"/>
        <source>Webhook registered</source>
        <translation>Webhook registrert</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="153"/>
        <source>New webhook and its secret</source>
        <translation>Ny webhook og hemmeligheten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="159"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="166"/>
        <source>New webhook id</source>
        <translation>ID for ny webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="176"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Hemmelighet:</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="186"/>
        <source>New webhook secret</source>
        <translation>Hemmelighet for ny webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="196"/>
        <source>&amp;Copy secret</source>
        <translation>&amp;Kopier hemmelighet</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="199"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Kopier hemmeligheten til utklippstavlen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="213"/>
        <source>Hide the secret; it cannot be shown again</source>
        <translation>Skjul hemmeligheten; den kan ikke vises igjen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="216"/>
        <source>Hide the secret</source>
        <translation>Skjul hemmeligheten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="219"/>
        <source>&amp;Done</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="231"/>
        <source>Registered webhooks</source>
        <translation>Registrerte webhooker</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="268"/>
        <source>Webhook list hint</source>
        <translation>Tips om webhooklisten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="289"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="292"/>
        <source>List the webhooks registered for this profile again (F5)</source>
        <translation>List webhookene som er registrert for denne profilen på nytt (F5)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="295"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="303"/>
        <source>Register…</source>
        <translation>Registrer…</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="306"/>
        <source>Register a webhook: a URL and the events Vipps sends to it (Ctrl+N)</source>
        <translation>Registrer en webhook: en URL og hendelsene Vipps sender til den (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="309"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="317"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="320"/>
        <source>Delete the selected webhook at Vipps (Delete)</source>
        <translation>Slett valgt webhook hos Vipps (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="323"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="331"/>
        <source>Copy id</source>
        <translation>Kopier ID</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="334"/>
        <source>Copy the selected webhook&apos;s id (Ctrl+C)</source>
        <translation>Kopier ID-en til valgt webhook (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="337"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
</context>
<context>
    <name>Workbench::DeliveryLogModel</name>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="118"/>
        <source>cancelled: the webhook was deleted</source>
        <translation>avbrutt: webhooken ble slettet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="120"/>
        <source>none: dropped after 1 attempt</source>
        <translation>ingen: gitt opp etter 1 forsøk</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="121"/>
        <source>none: dropped after %n attempts</source>
        <translation>
            <numerusform>ingen: gitt opp etter %n forsøk</numerusform>
            <numerusform>ingen: gitt opp etter %n forsøk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="128"/>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="130"/>
        <source>Payment %1</source>
        <translation>Betaling %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="132"/>
        <source>Answered %1</source>
        <translation>Svarte %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="134"/>
        <source>Next retry: %1</source>
        <translation>Neste forsøk: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="156"/>
        <source>The simulator in this app retries a failed delivery on a short schedule, then drops it; Vipps retries for days.</source>
        <translation>Simulatoren i denne appen prøver en mislykket leveranse på nytt etter en kort plan og gir den så opp; Vipps prøver på nytt i flere dager.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="161"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="162"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="163"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="164"/>
        <source>Attempt</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="165"/>
        <source>Status or error</source>
        <translation>Status eller feil</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="166"/>
        <source>Next retry</source>
        <translation>Neste forsøk</translation>
    </message>
</context>
<context>
    <name>Workbench::Forwarding</name>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="34"/>
        <source>&apos;%1&apos; is not a known event type, e.g. epayments.payment.captured.v1 or captured.</source>
        <translation>«%1» er ikke en kjent hendelsestype, f.eks. epayments.payment.captured.v1 eller captured.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="37"/>
        <source>The URL must not contain a user name or password: it is kept in the settings file. Remove the part before &quot;@&quot;.</source>
        <translation>URL-en kan ikke inneholde brukernavn eller passord: den lagres i innstillingsfilen. Fjern delen før «@».</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="89"/>
        <source>Forwarding to %1</source>
        <translation>Videresender til %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/forwarding.cpp" line="90"/>
        <source>Forwarding to %n handlers</source>
        <translation>
            <numerusform>Videresender til %n behandler</numerusform>
            <numerusform>Videresender til %n behandlere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::ImportLoader</name>
    <message>
        <location filename="../src/core/workbench/importloader.cpp" line="30"/>
        <source>%1 holds no webhook delivery (a POST request with a body).</source>
        <translation>%1 inneholder ingen webhook-levering (en POST-forespørsel med innhold).</translation>
    </message>
</context>
<context>
    <name>Workbench::PackPlan</name>
    <message>
        <location filename="../src/core/workbench/packplan.cpp" line="46"/>
        <source>no event #%1 among those chosen.</source>
        <translation>ingen hendelse #%1 blant de valgte.</translation>
    </message>
</context>
<context>
    <name>Workbench::PackRunModel</name>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="94"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="96"/>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="97"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="98"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="99"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="100"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="101"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="115"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="139"/>
        <source>sending…</source>
        <translation>sender…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="144"/>
        <source>no answer (%1)</source>
        <translation>intet svar (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="151"/>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="152"/>
        <source>running</source>
        <translation>kjører</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="153"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="154"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="155"/>
        <source>not run</source>
        <translation>ikke kjørt</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="164"/>
        <source>Sent: %1
Expected: %2
Answer: %3
%4</source>
        <translation>Sendt: %1
Forventet: %2
Svar: %3
%4</translation>
    </message>
</context>
<context>
    <name>Workbench::PackSession</name>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="39"/>
        <source>The handler&apos;s URL must be an http(s) URL with a host and no user name, e.g. http://localhost:3000/webhooks/vipps.</source>
        <translation>URL-en til behandleren må være en http(s)-URL med vert og uten brukernavn, f.eks. http://localhost:3000/webhooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="76"/>
        <source>No handler answered: %1. The other steps were not sent.</source>
        <translation>Ingen behandler svarte: %1. De andre stegene ble ikke sendt.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="79"/>
        <source>All %1 steps passed.</source>
        <translation>Alle %1 steg besto.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="80"/>
        <source>%1 of %2 steps passed, %3 failed.</source>
        <translation>%1 av %2 steg besto, %3 feilet.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="82"/>
        <source>Stopped after %1 of %2 steps.</source>
        <translation>Stoppet etter %1 av %2 steg.</translation>
    </message>
</context>
<context>
    <name>Workbench::PaymentActions</name>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="52"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="75"/>
        <source>Create payment %1</source>
        <translation>Opprett betaling %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="58"/>
        <source>Create a payment of %1 with reference %2</source>
        <translation>Opprett en betaling på %1 med referanse %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="62"/>
        <source>Creating %1…</source>
        <translation>Oppretter %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="80"/>
        <source>Created %1.</source>
        <translation>Opprettet %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="92"/>
        <source>Approve %1</source>
        <translation>Godkjenn %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="95"/>
        <source>Approve (force approve) exists only in the simulator and the test environment; approve the payment in the Vipps or MobilePay app instead.</source>
        <translation>Godkjenn (tvungen godkjenning) finnes bare i simulatoren og testmiljøet; godkjenn betalingen i Vipps- eller MobilePay-appen i stedet.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="103"/>
        <source>Approving %1 as the test user…</source>
        <translation>Godkjenner %1 som testbrukeren…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="110"/>
        <source>Approved %1 as the test user.</source>
        <translation>Godkjente %1 som testbrukeren.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="131"/>
        <source>Capture %1 of %2</source>
        <translation>Trekk %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="136"/>
        <source>Refund %1 of %2</source>
        <translation>Refunder %1 av %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="142"/>
        <source>Cancel %1</source>
        <translation>Kanseller %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="150"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="169"/>
        <source>%1: done.</source>
        <translation>%1: ferdig.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="177"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="192"/>
        <source>Getting %1…</source>
        <translation>Henter %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="184"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="203"/>
        <source>Open payment %1</source>
        <translation>Åpne betaling %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="205"/>
        <source>No payment %1 for merchant serial number %2: check the reference and the profile in use.</source>
        <translation>Ingen betaling %1 for salgsstedsnummer %2: sjekk referansen og profilen som er i bruk.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="213"/>
        <source>Opened %1: it is %2.</source>
        <translation>Åpnet %1: den er %2.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="247"/>
        <source>Refresh %1</source>
        <translation>Oppdater %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="262"/>
        <source>%1 is %2.</source>
        <translation>%1 er %2.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="273"/>
        <source>No profile is ready; choose one under Credentials.</source>
        <translation>Ingen profil er klar; velg en under Legitimasjon.</translation>
    </message>
</context>
<context>
    <name>Workbench::PaymentListModel</name>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="162"/>
        <source>%1
Landing page: %2</source>
        <translation>%1
Landingsside: %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="187"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="188"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="189"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="190"/>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="191"/>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="192"/>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="193"/>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="194"/>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="195"/>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
</context>
<context>
    <name>Workbench::ProductionGuard</name>
    <message>
        <location filename="../src/core/workbench/productionguard.cpp" line="14"/>
        <source>Production: %1</source>
        <translation>Produksjon: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/productionguard.cpp" line="15"/>
        <source>%1

This calls the production API of Vipps MobilePay with real merchant keys. Go on?</source>
        <translation>%1

Dette kaller produksjons-API-et til Vipps MobilePay med ekte nøkler for brukerstedet. Vil du fortsette?</translation>
    </message>
</context>
<context>
    <name>Workbench::ProfileEditing</name>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="39"/>
        <source>No profile yet: press New (Ctrl+N) to make one.</source>
        <translation>Ingen profil ennå: trykk Ny (Ctrl+N) for å lage en.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="42"/>
        <source>Profile %1 (unsaved changes)</source>
        <translation>Profil %1 (ulagrede endringer)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="42"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="48"/>
        <source>not needed: the simulator&apos;s demo keys are used</source>
        <translation>trengs ikke: simulatorens demonøkler brukes</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="52"/>
        <source>checked when this profile is in use; saving a key here puts the profile in use</source>
        <translation>sjekkes når denne profilen er i bruk; å lagre en nøkkel her tar profilen i bruk</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="56"/>
        <source>reading the keychain…</source>
        <translation>leser nøkkelringen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="60"/>
        <source>kept in memory until the app quits</source>
        <translation>holdes i minnet til appen avsluttes</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="60"/>
        <source>stored in the keychain</source>
        <translation>lagret i nøkkelringen</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="64"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="73"/>
        <source>The profile in use cannot be deleted: use another one first</source>
        <translation>Profilen som er i bruk, kan ikke slettes: bruk en annen først</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="80"/>
        <source>It needs no keys, and when no profile is left the app creates it again at its next start.</source>
        <translation>Den trenger ingen nøkler, og når ingen profil er igjen, lager appen den på nytt ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="82"/>
        <source>Its settings are removed from this computer, and its keys, kept in memory only, are forgotten. Make a note of them first if you need them again.</source>
        <translation>Innstillingene fjernes fra denne datamaskinen, og nøklene, som bare holdes i minnet, glemmes. Noter dem først hvis du trenger dem igjen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="84"/>
        <source>Its settings and its keys in the keychain are removed from this computer. Make a note of them first if you need them again.</source>
        <translation>Innstillingene og nøklene i nøkkelringen fjernes fra denne datamaskinen. Noter dem først hvis du trenger dem igjen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="95"/>
        <source>Profile %1 cannot be read: its environment is unknown. Delete it and make it again.</source>
        <translation>Profilen %1 kan ikke leses: miljøet er ukjent. Slett den og lag den på nytt.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="127"/>
        <source>New profile, not saved yet</source>
        <translation>Ny profil, ikke lagret ennå</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="137"/>
        <source>Copy of %1, not saved yet; enter its keys</source>
        <translation>Kopi av %1, ikke lagret ennå; skriv inn nøklene</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="164"/>
        <source>Using profile %1.</source>
        <translation>Bruker profilen %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="198"/>
        <source>Deleted profile %1.</source>
        <translation>Slettet profilen %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="225"/>
        <source>Renaming profile %1 to %2 and moving its keys…</source>
        <translation>Gir profilen %1 navnet %2 og flytter nøklene…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="248"/>
        <source>Profile %1 could not be saved: check that the settings file can be written.</source>
        <translation>Profilen %1 kunne ikke lagres: sjekk at innstillingsfilen er skrivbar.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="256"/>
        <source>Saved profile %1.</source>
        <translation>Lagret profilen %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="271"/>
        <source>Keeping the keys of %1 in memory…</source>
        <translation>Holder nøklene til %1 i minnet…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="272"/>
        <source>Saving the keys of %1 in the keychain…</source>
        <translation>Lagrer nøklene til %1 i nøkkelringen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="277"/>
        <source>Saved profile %1 and its keys; it is in use.</source>
        <translation>Lagret profilen %1 og nøklene; den er i bruk.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="278"/>
        <source>The keys of %1 were not saved: %2</source>
        <translation>Nøklene til %1 ble ikke lagret: %2</translation>
    </message>
</context>
<context>
    <name>Workbench::ProfileSession</name>
    <message>
        <location filename="../src/core/workbench/profilesession.cpp" line="138"/>
        <source>No keychain was found on this computer, so the keys and webhook secrets you enter are kept in memory until the app quits.</source>
        <translation>Ingen nøkkelring ble funnet på denne datamaskinen, så nøklene og webhook-hemmelighetene du skriver inn, holdes i minnet til appen avsluttes.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="67"/>
        <location filename="../src/core/workbench/profilesession.cpp" line="59"/>
        <source>client secret</source>
        <translation>klienthemmelighet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="67"/>
        <location filename="../src/core/workbench/profilesession.cpp" line="60"/>
        <source>subscription key</source>
        <translation>abonnementsnøkkel</translation>
    </message>
</context>
<context>
    <name>Workbench::PublicAddress</name>
    <message>
        <location filename="../src/core/workbench/publicaddress.cpp" line="31"/>
        <source>Enter the public address Vipps delivers to, starting with https://, e.g. https://a1b2c3.ngrok.app.</source>
        <translation>Skriv inn den offentlige adressen Vipps leverer til, som starter med https://, f.eks. https://a1b2c3.ngrok.app.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/publicaddress.cpp" line="34"/>
        <source>The URL must not contain a user name or password: it is kept in the settings file.</source>
        <translation>URL-en kan ikke inneholde brukernavn eller passord: den lagres i innstillingsfilen.</translation>
    </message>
</context>
<context>
    <name>Workbench::QuickStart</name>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="98"/>
        <source>Set up your keys</source>
        <translation>Sett opp nøklene</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="99"/>
        <source>Get an access token</source>
        <translation>Hent et tilgangstoken</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="100"/>
        <source>Register a webhook</source>
        <translation>Registrer en webhook</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="101"/>
        <source>Trigger an event</source>
        <translation>Utløs en hendelse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="102"/>
        <source>View the event</source>
        <translation>Se hendelsen</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="111"/>
        <source>A profile holds the client id, client secret, subscription key and merchant serial number; the local simulator profile needs none of yours.</source>
        <translation>En profil inneholder klient-ID, klienthemmelighet, abonnementsnøkkel og salgsstedsnummer (MSN); profilen for den lokale simulatoren trenger ingen av dine.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="114"/>
        <source>Every API call carries a bearer token from the access token API; it lasts about an hour.</source>
        <translation>Hvert API-kall har med et bearer-token fra API-et for tilgangstoken; det varer omtrent en time.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="116"/>
        <source>Tell Vipps which events to send to which URL; the answer holds the secret that signs them. The button registers this app&apos;s receiver for every payment event.</source>
        <translation>Fortell Vipps hvilke hendelser som skal sendes til hvilken URL; svaret inneholder hemmeligheten som signerer dem. Knappen registrerer appens mottaker for alle betalingshendelser.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="118"/>
        <source>Create a test payment and approve it: each state change becomes a webhook event.</source>
        <translation>Opprett en testbetaling og godkjenn den: hver tilstandsendring blir en webhook-hendelse.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="120"/>
        <source>The receiver checks each delivery&apos;s HMAC signature; a valid one proves it came from Vipps.</source>
        <translation>Mottakeren sjekker HMAC-signaturen på hver levering; en gyldig signatur beviser at den kom fra Vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="149"/>
        <source>Your test keys are in the Vipps MobilePay portal, under For developers, for your test sales unit: client id, client secret, subscription key and merchant serial number. The profile needs all four.</source>
        <translation>Testnøklene dine finner du i Vipps MobilePay-portalen under For utviklere, for test-salgsenheten din: client id, client secret, subscription key og merchant serial number. Profilen trenger alle fire.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="155"/>
        <source>Vipps cannot reach 127.0.0.1. Start a tunnel to the receiver, &apos;%1&apos; (or &apos;%2&apos;): the app finds it as soon as it runs.</source>
        <translation>Vipps kan ikke nå 127.0.0.1. Start en tunnel til mottakeren, «%1» (eller «%2»): appen finner den så snart den kjører.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="159"/>
        <source>Tunnel found: %1. Register its address for every payment event in one click.</source>
        <translation>Fant tunnel: %1. Registrer adressen for alle betalingshendelser med ett klikk.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="162"/>
        <source>Create a test payment, open its landing page (Payments shows the address) and approve it in the Vipps test app with a test user: each state change becomes a webhook event.</source>
        <translation>Opprett en testbetaling, åpne landingssiden (Betalinger viser adressen) og godkjenn den i Vipps&apos; testapp med en testbruker: hver tilstandsendring blir en webhook-hendelse.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="164"/>
        <source>Vipps delivers through the tunnel; the receiver checks each delivery&apos;s signature.</source>
        <translation>Vipps leverer gjennom tunnelen; mottakeren sjekker signaturen på hver levering.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="174"/>
        <source>Look for a tunnel</source>
        <translation>Se etter en tunnel</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="174"/>
        <source>Register the tunnel&apos;s address</source>
        <translation>Registrer tunnelens adresse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="175"/>
        <source>Create payment</source>
        <translation>Opprett betaling</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="183"/>
        <source>Open credentials</source>
        <translation>Åpne legitimasjon</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="184"/>
        <source>Get token</source>
        <translation>Hent token</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="185"/>
        <source>Register the receiver</source>
        <translation>Registrer mottakeren</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="186"/>
        <source>Create and approve payment</source>
        <translation>Opprett og godkjenn betaling</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="187"/>
        <source>Show event log</source>
        <translation>Vis hendelsesloggen</translation>
    </message>
</context>
<context>
    <name>Workbench::ReceiverWorker</name>
    <message>
        <location filename="../src/core/workbench/receiverworker.cpp" line="23"/>
        <source>The handler&apos;s answer was not journaled: %1</source>
        <translation>Svaret fra behandler ble ikke ført i journalen: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::ReplayActions</name>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="56"/>
        <source>Only a webhook delivery can be signed afresh.</source>
        <translation>Bare en webhook-levering kan signeres på nytt.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="58"/>
        <source>The delivery names no webhook, so there is no secret to sign it with.</source>
        <translation>Leveringen oppgir ingen webhook, så det finnes ingen hemmelighet å signere den med.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="64"/>
        <source>The app holds no secret for webhook %1 to sign it with.</source>
        <translation>Appen har ingen hemmelighet for webhook %1 å signere den med.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="72"/>
        <source>Only webhook deliveries can be replayed.</source>
        <translation>Bare webhook-leveringer kan sendes på nytt.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="77"/>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 er ikke en http- eller https-URL.</translation>
    </message>
</context>
<context>
    <name>Workbench::RequestLogModel</name>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="67"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="95"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="96"/>
        <source>Call</source>
        <translation>Kall</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="97"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="98"/>
        <source>Path</source>
        <translation>Sti</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="100"/>
        <source>Time taken</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="101"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Workbench::TunnelQuickStart</name>
    <message>
        <location filename="../src/core/workbench/tunnelquickstart.cpp" line="64"/>
        <source>no valid delivery within a minute of the payment. The usual causes: the registered URL is not the tunnel&apos;s address now (a restarted ngrok gets a new one: register again), the tunnel stopped, or the payment was not approved in the Vipps test app yet.</source>
        <translation>ingen gyldig levering innen ett minutt etter betalingen. Vanlige årsaker: den registrerte URL-en er ikke tunnelens adresse nå (en omstartet ngrok får en ny: registrer på nytt), tunnelen stoppet, eller betalingen er ikke godkjent i Vipps&apos; testapp ennå.</translation>
    </message>
</context>
<context>
    <name>Workbench::WebhookActions</name>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="44"/>
        <source>%n event types</source>
        <translation>
            <numerusform>%n hendelsestype</numerusform>
            <numerusform>%n hendelsestyper</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="63"/>
        <source>Listing…</source>
        <translation>Henter liste…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="74"/>
        <source>Register a webhook that sends %1 to %2</source>
        <translation>Registrer en webhook som sender %1 til %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="76"/>
        <source>Not registered</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="79"/>
        <source>Registering…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="92"/>
        <source>Delete the webhook to %1 (id %2)</source>
        <translation>Slett webhooken til %1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="94"/>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="97"/>
        <source>Deleting…</source>
        <translation>Sletter…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="158"/>
        <source>Not moved</source>
        <translation>Ikke flyttet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="181"/>
        <source>Registering %1 again…</source>
        <translation>Registrerer %1 på nytt…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="191"/>
        <source>Could not register the webhook again at %1</source>
        <translation>Kunne ikke registrere webhooken på nytt på %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="201"/>
        <source>Deleting the webhook to %1…</source>
        <translation>Sletter webhooken til %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="246"/>
        <source>Could not list the webhooks</source>
        <translation>Kunne ikke liste webhookene</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="251"/>
        <source>1 webhook, listed at %1</source>
        <translation>1 webhook, listet kl. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="252"/>
        <source>%n webhooks, listed at %1</source>
        <translation>
            <numerusform>%n webhook, listet kl. %1</numerusform>
            <numerusform>%n webhooker, listet kl. %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="260"/>
        <source>Could not register the webhook</source>
        <translation>Kunne ikke registrere webhooken</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="210"/>
        <location filename="../src/core/workbench/webhookactions.cpp" line="272"/>
        <source>Could not delete the webhook to %1</source>
        <translation>Kunne ikke slette webhooken til %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="154"/>
        <source>Register the webhook again at %1 and delete the old registration</source>
        <translation>Registrer webhooken på nytt på %1 og slett den gamle registreringen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="155"/>
        <source>Register %n webhooks again at %1 and delete the old registrations</source>
        <translation>
            <numerusform>Registrer %n webhook på nytt på %1 og slett de gamle registreringene</numerusform>
            <numerusform>Registrer %n webhooker på nytt på %1 og slett de gamle registreringene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="289"/>
        <source>Is the simulator running? This profile calls it at %1.</source>
        <translation>Kjører simulatoren? Denne profilen kaller den på %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="290"/>
        <source>Check that %1 can be reached from this machine (network, proxy, VPN).</source>
        <translation>Sjekk at %1 kan nås fra denne maskinen (nettverk, proxy, VPN).</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="292"/>
        <source>Complete profile %1 under Credentials.</source>
        <translation>Fullfør profilen %1 under Legitimasjon.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="295"/>
        <source>Check the client id, client secret, subscription key and MSN of profile %1.</source>
        <translation>Sjekk klient-ID, klienthemmelighet, abonnementsnøkkel og MSN for profilen %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="306"/>
        <location filename="../src/core/workbench/webhookactions.cpp" line="308"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="310"/>
        <source>Trace id: %1</source>
        <translation>Sporings-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="319"/>
        <source>Vipps shows this secret only once. No keychain was found, so the app keeps it in memory only until it quits; copy it now to keep it.</source>
        <translation>Vipps viser denne hemmeligheten bare én gang. Ingen nøkkelring ble funnet, så appen holder den bare i minnet til den avsluttes; kopier den nå for å beholde den.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="323"/>
        <source>Vipps shows this secret only once. The app keeps it in the keychain and verifies this webhook&apos;s deliveries with it; copy it now if your own server verifies them too.</source>
        <translation>Vipps viser denne hemmeligheten bare én gang. Appen lagrer den i nøkkelringen og verifiserer leveringene til denne webhooken med den; kopier den nå hvis din egen server også verifiserer dem.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="325"/>
        <source>Vipps shows this secret only once. The keychain cannot be used (%1), so the app keeps it in memory only until it quits; copy it now to keep it.</source>
        <translation>Vipps viser denne hemmeligheten bare én gang. Nøkkelringen kan ikke brukes (%1), så appen holder den bare i minnet til den avsluttes; kopier den nå for å beholde den.</translation>
    </message>
</context>
<context>
    <name>Workbench::WebhookListModel</name>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="72"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="73"/>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="74"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="75"/>
        <source>Secret</source>
        <translation>Hemmelighet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="86"/>
        <source>not an event type this app knows</source>
        <translation>ikke en hendelsestype denne appen kjenner</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="104"/>
        <source>held by this app</source>
        <translation>holdes av denne appen</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="104"/>
        <source>not here</source>
        <translation>ikke her</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="117"/>
        <source>This app holds the secret and verifies this webhook&apos;s deliveries with it.</source>
        <translation>Denne appen har hemmeligheten og verifiserer leveringene til denne webhooken med den.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="118"/>
        <source>This app does not hold the secret: the webhook was registered elsewhere (another tool or machine), and Vipps returns a secret only when registering. Its deliveries cannot be verified here; delete it and register again to get a secret this app keeps.</source>
        <translation>Denne appen har ikke hemmeligheten: webhooken ble registrert et annet sted (et annet verktøy eller en annen maskin), og Vipps returnerer en hemmelighet bare ved registrering. Leveringene kan ikke verifiseres her; slett den og registrer den på nytt for å få en hemmelighet som denne appen tar vare på.</translation>
    </message>
</context>
</TS>
