<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Api::AccessToken</name>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="45"/>
        <source>The access token answer has a &quot;%1&quot; field that is not a number of seconds.</source>
        <translation>Svaret med adgangstokenet har et &quot;%1&quot;-felt, der ikke er et antal sekunder.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="80"/>
        <source>The access token answer has no &quot;access_token&quot; field.</source>
        <translation>Svaret med adgangstokenet har intet &quot;access_token&quot;-felt.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="82"/>
        <source>The access token answer has an &quot;access_token&quot; field that is not a non-empty string.</source>
        <translation>Svaret med adgangstokenet har et &quot;access_token&quot;-felt, der ikke er en ikke-tom streng.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="96"/>
        <source>The access token answer is not JSON (%1 at byte %2).</source>
        <translation>Svaret med adgangstokenet er ikke JSON (%1 ved byte %2).</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="102"/>
        <source>The access token answer is not a JSON object.</source>
        <translation>Svaret med adgangstokenet er ikke et JSON-objekt.</translation>
    </message>
</context>
<context>
    <name>Api::ApiClient</name>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="151"/>
        <source>No base URL: choose an environment or enter the simulator&apos;s address.</source>
        <translation>Ingen basis-URL: vælg et miljø, eller angiv simulatorens adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="153"/>
        <source>&quot;%1&quot; is not a valid path below the base URL.</source>
        <translation>&quot;%1&quot; er ikke en gyldig sti under basis-URL&apos;en.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="157"/>
        <source>No subscription key: enter the Ocp-Apim-Subscription-Key in the profile.</source>
        <translation>Ingen abonnementsnøgle: angiv Ocp-Apim-Subscription-Key i profilen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="161"/>
        <source>%1 needs a merchant serial number (MSN): enter the MSN of the sales unit in the profile.</source>
        <translation>%1 kræver et merchant serial number (MSN): angiv salgsstedets MSN i profilen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="162"/>
        <source>This call</source>
        <translation>Dette kald</translation>
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
        <translation>ingen fejl</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="92"/>
        <source>invalid input: %1</source>
        <translation>ugyldigt input: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="95"/>
        <source>network error: %1</source>
        <translation>netværksfejl: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="99"/>
        <source>unexpected response (HTTP %1): %2</source>
        <translation>uventet svar (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="103"/>
        <source>configuration error: %1</source>
        <translation>konfigurationsfejl: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="105"/>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="171"/>
        <source>timed out after %1</source>
        <translation>timeout efter %1</translation>
    </message>
</context>
<context>
    <name>Api::ClientConfig</name>
    <message>
        <location filename="../src/core/api/clientconfig.cpp" line="28"/>
        <source>The answer from %1 was longer than %2, more than any Vipps API sends; it was not read to its end.</source>
        <translation>Svaret fra %1 var længere end %2, mere end noget Vipps-API sender; det blev ikke læst til ende.</translation>
    </message>
    <message>
        <location filename="../src/core/api/clientconfig.cpp" line="34"/>
        <source>No answer from %1: %2</source>
        <translation>Intet svar fra %1: %2</translation>
    </message>
</context>
<context>
    <name>Api::EPayment</name>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="86"/>
        <source>The amount must be at least %1; amounts are in minor units (øre/cents), so 1000 means 10.00.</source>
        <translation>Beløbet skal være mindst %1; beløb angives i mindste enhed (øre/cent), så 1000 betyder 10.00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="90"/>
        <source>The amount must be at least %1 (%2 %3); amounts are in minor units (øre/cents), so 1000 means 10.00 %3.</source>
        <translation>Beløbet skal være mindst %1 (%2 %3); beløb angives i mindste enhed (øre/cent), så 1000 betyder 10.00 %3.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="99"/>
        <source>The amount must be at most %1 (%2); amounts are in minor units (øre/cents), so 1000 means 10.00.</source>
        <translation>Beløbet må højst være %1 (%2); beløb angives i mindste enhed (øre/cent), så 1000 betyder 10.00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="113"/>
        <source>The amount must be at most %1.</source>
        <translation>Beløbet må højst være %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="117"/>
        <source>Enter an amount of at least %1, e.g. 49.00.</source>
        <translation>Indtast et beløb på mindst %1, f.eks. 49,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="118"/>
        <source>The amount must be at least %1.</source>
        <translation>Beløbet skal være mindst %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="130"/>
        <source>The currency must be one of %1 (in capitals) and match the sales unit&apos;s market.</source>
        <translation>Valutaen skal være en af %1 (med store bogstaver) og passe til salgsstedets marked.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="140"/>
        <source>The reference must be 8 to 64 characters long (it has %1); for example acme-order-0001.</source>
        <translation>Referencen skal være 8 til 64 tegn lang (den har %1); for eksempel acme-order-0001.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="149"/>
        <source>The reference may contain only letters A-Z and a-z, digits and &apos;-&apos;; remove &apos;%1&apos;.</source>
        <translation>Referencen må kun indeholde bogstaverne A-Z og a-z, cifre og &apos;-&apos;; fjern &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="165"/>
        <source>The payment description must be 3 to 100 characters long (it has %1), or left out.</source>
        <translation>Betalingsbeskrivelsen skal være 3 til 100 tegn lang (den har %1) eller udelades.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="175"/>
        <source>The user flow must be one of %1.</source>
        <translation>Brugerflowet skal være et af %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="184"/>
        <source>The return URL is not a valid absolute URL; use for example https://example.com/return.</source>
        <translation>Retur-URL&apos;en er ikke en gyldig absolut URL; brug for eksempel https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="188"/>
        <source>The return URL must start with https:// or a custom app scheme (myapp://); http:// is not accepted.</source>
        <translation>Retur-URL&apos;en skal starte med https:// eller et eget app-skema (myapp://); http:// accepteres ikke.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="192"/>
        <source>The return URL has no host; use for example https://example.com/return.</source>
        <translation>Retur-URL&apos;en har ingen vært; brug for eksempel https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="203"/>
        <source>WEB_REDIRECT needs a return URL, the page the user comes back to; for example https://example.com/return.</source>
        <translation>WEB_REDIRECT kræver en retur-URL, den side brugeren vender tilbage til; for eksempel https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="227"/>
        <source>The phone number must be 10 to 15 digits with the country code and no &apos;+&apos; or spaces; for example 4712345678.</source>
        <translation>Telefonnummeret skal være 10 til 15 cifre med landekode og uden &apos;+&apos; eller mellemrum; for eksempel 4712345678.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="238"/>
        <source>PUSH_MESSAGE needs the customer&apos;s phone number: digits with the country code, for example 4712345678.</source>
        <translation>PUSH_MESSAGE kræver kundens telefonnummer: cifre med landekode, for eksempel 4712345678.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="253"/>
        <source>The payment method type must be WALLET or CARD.</source>
        <translation>Betalingsmetodens type skal være WALLET eller CARD.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="256"/>
        <source>CARD payments need the WEB_REDIRECT user flow; use WALLET with %1.</source>
        <translation>CARD-betalinger kræver brugerflowet WEB_REDIRECT; brug WALLET med %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="266"/>
        <source>The customer interaction must be CUSTOMER_PRESENT or CUSTOMER_NOT_PRESENT, or left out.</source>
        <translation>Kundeinteraktionen skal være CUSTOMER_PRESENT eller CUSTOMER_NOT_PRESENT eller udelades.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="369"/>
        <source>Give the test user&apos;s phone number (for example 4712345678) or the token from the payment&apos;s redirect URL.</source>
        <translation>Angiv testbrugerens telefonnummer (for eksempel 4712345678) eller tokenet fra betalingens redirect-URL.</translation>
    </message>
</context>
<context>
    <name>Api::EPaymentApi</name>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="62"/>
        <source>Give the payment&apos;s reference, as it was created; for example acme-order-0001.</source>
        <translation>Angiv betalingens reference, som den blev oprettet; for eksempel acme-order-0001.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="76"/>
        <source>The idempotency key must be at most 50 visible ASCII characters without spaces; leave it empty to get a new one.</source>
        <translation>Idempotensnøglen må højst være 50 synlige ASCII-tegn uden mellemrum; lad den være tom for at få en ny.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="121"/>
        <source>The answer to &quot;%1&quot; is not %2 as the ePayment API documents; check that the base URL points at Vipps or the simulator.</source>
        <translation>Svaret på &quot;%1&quot; er ikke %2, som ePayment API&apos;et dokumenterer; kontrollér, at basis-URL&apos;en peger på Vipps eller simulatoren.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="132"/>
        <source>a JSON object</source>
        <translation>et JSON-objekt</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="148"/>
        <source>a JSON array of events</source>
        <translation>et JSON-array af hændelser</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="304"/>
        <source>Force approve exists only in the test environment; approve the payment in the Vipps app, or use a test or simulator profile.</source>
        <translation>Tvungen godkendelse (force approve) findes kun i testmiljøet; godkend betalingen i Vipps-appen, eller brug en test- eller simulatorprofil.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="319"/>
        <source>Create payment</source>
        <translation>Opret betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="325"/>
        <source>Get payment</source>
        <translation>Hent betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="331"/>
        <source>Get payment events</source>
        <translation>Hent betalingshændelser</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="338"/>
        <source>Capture payment</source>
        <translation>Hæv betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="345"/>
        <source>Refund payment</source>
        <translation>Refundér betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="353"/>
        <source>Cancel payment</source>
        <translation>Annullér betaling</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="359"/>
        <source>Force approve payment</source>
        <translation>Tvangsgodkend betaling</translation>
    </message>
</context>
<context>
    <name>Api::EventCatalog</name>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="13"/>
        <source>Payment request created</source>
        <translation>Betalingsanmodning oprettet</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="14"/>
        <source>User cancelled in the app or on the landing page before approving</source>
        <translation>Brugeren afbrød i appen eller på landingssiden før godkendelse</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="15"/>
        <source>User did not act before the payment timed out</source>
        <translation>Brugeren gjorde intet, før betalingen udløb</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="16"/>
        <source>Merchant cancelled (released) the reserved, uncaptured amount</source>
        <translation>Forretningen annullerede (frigav) det reserverede, ikke hævede beløb</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="17"/>
        <source>Amount captured, fully or partially</source>
        <translation>Beløb hævet, helt eller delvist</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="18"/>
        <source>Amount refunded, fully or partially</source>
        <translation>Beløb refunderet, helt eller delvist</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="19"/>
        <source>User approved the payment; the amount is reserved</source>
        <translation>Brugeren godkendte betalingen; beløbet er reserveret</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="20"/>
        <source>Merchant cancelled the payment before the user approved it</source>
        <translation>Forretningen annullerede betalingen, før brugeren godkendte den</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="21"/>
        <source>Agreement accepted by the user</source>
        <translation>Aftalen accepteret af brugeren</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="22"/>
        <source>Agreement rejected by the user</source>
        <translation>Aftalen afvist af brugeren</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="23"/>
        <source>Agreement stopped by the merchant or the user (see the payload&apos;s actor)</source>
        <translation>Aftalen stoppet af forretningen eller brugeren (se actor i indholdet)</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="24"/>
        <source>Pending agreement expired before the user acted</source>
        <translation>Ventende aftale udløb, før brugeren gjorde noget</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="25"/>
        <source>Charge reserved</source>
        <translation>Opkrævning reserveret</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="26"/>
        <source>Charge captured</source>
        <translation>Opkrævning hævet</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="27"/>
        <source>Charge cancelled (the event type is spelled with a single l)</source>
        <translation>Opkrævning annulleret (hændelsestypen staves med ét l)</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="28"/>
        <source>Charge failed</source>
        <translation>Opkrævning mislykkedes</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="29"/>
        <source>Charge refunded</source>
        <translation>Opkrævning refunderet</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="30"/>
        <source>Asynchronous failure of a (bulk) charge creation</source>
        <translation>Asynkron fejl ved oprettelse af (masse)opkrævning</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="31"/>
        <source>User scanned a merchant-callback QR code; the payload carries a customerToken valid for 15 minutes</source>
        <translation>Brugeren scannede en QR-kode med tilbagekald til forretningen; indholdet har et customerToken, der gælder i 15 minutter</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="33"/>
        <source>User confirmed a merchant-initiated login (CIBA); the payload carries auth_req_id</source>
        <translation>Brugeren bekræftede et login startet af forretningen (CIBA); indholdet har auth_req_id</translation>
    </message>
</context>
<context>
    <name>Api::PaymentRules</name>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="36"/>
        <source>Only a CREATED payment can be approved; this one is %1.</source>
        <translation>Kun en betaling i tilstanden CREATED kan godkendes; denne er %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="49"/>
        <source>Only an AUTHORIZED payment can be captured; this one is %1.</source>
        <translation>Kun en betaling i tilstanden AUTHORIZED kan hæves; denne er %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="53"/>
        <source>Nothing is left to capture: %1 authorized, %2 captured, %3 cancelled.</source>
        <translation>Der er intet tilbage at hæve: %1 autoriseret, %2 hævet, %3 annulleret.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="63"/>
        <source>Nothing is captured yet, so nothing can be refunded.</source>
        <translation>Intet er hævet endnu, så intet kan refunderes.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="64"/>
        <source>Nothing is left to refund: %1 captured, %2 refunded.</source>
        <translation>Der er intet tilbage at refundere: %1 hævet, %2 refunderet.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="75"/>
        <source>The payment is %1, which is final: it cannot be cancelled.</source>
        <translation>Betalingen er %1, som er endelig: den kan ikke annulleres.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="78"/>
        <source>Nothing authorized is left to cancel; refund what was captured instead.</source>
        <translation>Intet autoriseret er tilbage at annullere; refundér det hævede i stedet.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="86"/>
        <source>The payment is %1, which is final: its landing page has nothing left to do.</source>
        <translation>Betalingen er %1, som er endelig: landingssiden har intet mere at gøre.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="88"/>
        <source>The API gave no landing page for this payment (a PUSH_MESSAGE payment goes to the app).</source>
        <translation>API&apos;et gav ingen landingsside for denne betaling (en PUSH_MESSAGE-betaling går til appen).</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="98"/>
        <source>Cancel %1? It has not been approved yet: it ends as TERMINATED and can no longer be paid.</source>
        <translation>Annullere %1? Den er ikke godkendt endnu: den ender som TERMINATED og kan ikke længere betales.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="102"/>
        <source>Cancel %1? The %2 authorized is released to the customer and can no longer be captured.</source>
        <translation>Annullere %1? De autoriserede %2 frigives til kunden og kan ikke længere hæves.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="104"/>
        <source>Cancel %1? The %2 not captured is released to the customer and can no longer be captured; the %3 captured stays, to be refunded if need be.</source>
        <translation>Annullere %1? De %2, der ikke er hævet, frigives til kunden og kan ikke længere hæves; de %3, der er hævet, bliver stående og kan refunderes efter behov.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="113"/>
        <source>approve (simulator and test environment)</source>
        <translation>godkend (simulator og testmiljø)</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="115"/>
        <source>capture up to %1</source>
        <translation>hæv op til %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="117"/>
        <source>refund up to %1</source>
        <translation>refundér op til %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="119"/>
        <source>cancel (terminates it)</source>
        <translation>annullér (afslutter den)</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="120"/>
        <source>cancel the %1 not captured</source>
        <translation>annullér de %1, der ikke er hævet</translation>
    </message>
</context>
<context>
    <name>Api::TokenProvider</name>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="56"/>
        <source>Get access token</source>
        <translation>Hent adgangstoken</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="75"/>
        <source>base URL</source>
        <translation>basis-URL</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="77"/>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="79"/>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="81"/>
        <source>subscription key</source>
        <translation>abonnementsnøgle</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="85"/>
        <source>Cannot get an access token without a %1. Enter it in the profile.</source>
        <translation>Kan ikke hente et adgangstoken, da dette mangler: %1. Angiv det i profilen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="127"/>
        <source>The credentials were refused: check the client id, client secret and subscription key, and that they belong to this environment.</source>
        <translation>Adgangsoplysningerne blev afvist: kontrollér client id, client secret og abonnementsnøgle, og at de hører til dette miljø.</translation>
    </message>
</context>
<context>
    <name>Api::WebhooksApi</name>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="89"/>
        <source>The webhook URL must be a full address with a host, starting with https:// (http:// only for the simulator), for example https://example.com/hooks/vipps.</source>
        <translation>Webhook-URL&apos;en skal være en fuld adresse med vært, der starter med https:// (http:// kun til simulatoren), for eksempel https://example.com/hooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="104"/>
        <source>Vipps only delivers to https:// URLs that the internet can reach; %1 does not work: run a tunnel to this machine and register its public https:// URL.</source>
        <translation>Vipps leverer kun til https://-URL&apos;er, der kan nås fra internettet; %1 virker ikke: kør en tunnel til denne maskine, og registrér dens offentlige https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="108"/>
        <source>Vipps only delivers to https:// URLs (TLS 1.2 or newer); register the https:// address of your endpoint, or a tunnel&apos;s public https:// URL.</source>
        <translation>Vipps leverer kun til https://-URL&apos;er (TLS 1.2 eller nyere); registrér dit endpoints https://-adresse eller en tunnels offentlige https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="133"/>
        <source>&quot;%1&quot; is not a webhook event type; did you mean %2?</source>
        <translation>&quot;%1&quot; er ikke en webhook-hændelsestype; mente du %2?</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="135"/>
        <source>&quot;%1&quot; is not a webhook event type; choose one from the event list, for example epayments.payment.captured.v1.</source>
        <translation>&quot;%1&quot; er ikke en webhook-hændelsestype; vælg en fra listen over hændelser, for eksempel epayments.payment.captured.v1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="145"/>
        <source>Give at least one event type to subscribe to, for example epayments.payment.captured.v1.</source>
        <translation>Angiv mindst én hændelsestype at abonnere på, for eksempel epayments.payment.captured.v1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="179"/>
        <source>The register answer is not a JSON object with &quot;id&quot; and &quot;secret&quot;.</source>
        <translation>Svaret på registreringen er ikke et JSON-objekt med &quot;id&quot; og &quot;secret&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="184"/>
        <source>The register answer has no &quot;id&quot;; list the webhooks to find the new one.</source>
        <translation>Svaret på registreringen har intet &quot;id&quot;; hent listen over webhooks for at finde den nye.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="188"/>
        <source>The register answer has no &quot;secret&quot;, so deliveries cannot be verified; delete webhook %1 and register it again.</source>
        <translation>Svaret på registreringen har intet &quot;secret&quot;, så leveringer kan ikke verificeres; slet webhook %1, og registrér den igen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="218"/>
        <source>The list answer is not a JSON object with a &quot;webhooks&quot; array.</source>
        <translation>Svaret med listen er ikke et JSON-objekt med et &quot;webhooks&quot;-array.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="223"/>
        <source>The list answer&apos;s &quot;webhooks&quot; array holds something other than objects.</source>
        <translation>Listesvarets &quot;webhooks&quot;-array indeholder andet end objekter.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="274"/>
        <source>Give the id of the webhook to delete, as the list of webhooks shows it.</source>
        <translation>Angiv id for den webhook, der skal slettes, som listen over webhooks viser det.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="292"/>
        <source>Register webhook</source>
        <translation>Registrér webhook</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="301"/>
        <source>List webhooks</source>
        <translation>Hent webhooks</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="307"/>
        <source>Delete webhook</source>
        <translation>Slet webhook</translation>
    </message>
</context>
<context>
    <name>Credentials::KeychainSecretStore</name>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="53"/>
        <source>The keychain holds no secret under this name. Enter the secret again.</source>
        <translation>Nøgleringen har ingen hemmelighed under dette navn. Indtast hemmeligheden igen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="56"/>
        <source>No keychain is available on this system (QtKeychain: %1): secrets are kept in memory for this run only.</source>
        <translation>Ingen nøglering er tilgængelig på dette system (QtKeychain: %1): hemmeligheder holdes kun i hukommelsen, så længe programmet kører.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="62"/>
        <source>The keychain refused access (%1). Unlock the keychain or allow this program to use it, then try again.</source>
        <translation>Nøgleringen nægtede adgang (%1). Lås nøgleringen op eller giv dette program lov til at bruge den, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="68"/>
        <source>The keychain could not complete the request (%1). Try again; if it keeps failing, check the system&apos;s keychain service.</source>
        <translation>Nøgleringen kunne ikke fuldføre anmodningen (%1). Prøv igen; hvis det bliver ved med at fejle, så tjek systemets nøgleringstjeneste.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="82"/>
        <source>no details given</source>
        <translation>ingen detaljer angivet</translation>
    </message>
</context>
<context>
    <name>Credentials::MemorySecretStore</name>
    <message>
        <location filename="../src/core/credentials/memorysecretstore.cpp" line="15"/>
        <source>No secret is stored under this name for this run. Enter it again.</source>
        <translation>Der er ikke gemt nogen hemmelighed under dette navn i denne kørsel. Angiv den igen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/memorysecretstore.cpp" line="35"/>
        <source>No secret was stored under this name; nothing to remove.</source>
        <translation>Der var ikke gemt nogen hemmelighed under dette navn; intet at fjerne.</translation>
    </message>
</context>
<context>
    <name>Credentials::Profile</name>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="18"/>
        <source>The profile needs a name. Enter one, for example &quot;test&quot;.</source>
        <translation>Profilen skal have et navn. Angiv et, for eksempel &quot;test&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="21"/>
        <source>A profile name cannot contain &quot;/&quot; or &quot;\&quot;. Remove them from the name.</source>
        <translation>Et profilnavn må ikke indeholde &quot;/&quot; eller &quot;\&quot;. Fjern dem fra navnet.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="37"/>
        <source>The base URL must be a full http:// or https:// address with a host, for example http://127.0.0.1:8080. Check the address.</source>
        <translation>Basis-URL&apos;en skal være en fuld http://- eller https://-adresse med vært, for eksempel http://127.0.0.1:8080. Kontrollér adressen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="43"/>
        <source>The base URL must not contain a user name or password. Remove the part before &quot;@&quot;.</source>
        <translation>Basis-URL&apos;en må ikke indeholde brugernavn eller adgangskode. Fjern delen før &quot;@&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="53"/>
        <source>The client ID is missing. Copy client_id from the API keys of the sales unit in the business portal.</source>
        <translation>Client ID mangler. Kopiér client_id fra salgsstedets API-nøgler i erhvervsportalen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="66"/>
        <source>The merchant serial number (MSN) is missing. Enter the 4 to 10 digits of the sales unit, or turn on partner mode.</source>
        <translation>Merchant serial number (MSN) mangler. Angiv salgsstedets 4 til 10 cifre, eller slå partnertilstand til.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="74"/>
        <source>The merchant serial number (MSN) must be 4 to 10 digits and nothing else, for example 123456. Check it in the business portal.</source>
        <translation>Merchant serial number (MSN) skal være 4 til 10 cifre og intet andet, for eksempel 123456. Kontrollér det i erhvervsportalen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="94"/>
        <source>%1 can hold only printable ASCII characters and spaces, for example &quot;acme-shop&quot; or &quot;2.1.0&quot;.</source>
        <translation>%1 må kun indeholde printbare ASCII-tegn og mellemrum, for eksempel &quot;acme-shop&quot; eller &quot;2.1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="102"/>
        <source>%1 can be at most %2 characters long; this one has %3. Shorten it.</source>
        <translation>%1 må højst være på %2 tegn; denne har %3. Forkort den.</translation>
    </message>
</context>
<context>
    <name>Credentials::ProfileStorage</name>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="30"/>
        <source>unknown profile &apos;%1&apos;: no profile is saved yet (in %2). Create one in vipps-workbench, or pass --base-url and the keys instead.</source>
        <translation>ukendt profil &apos;%1&apos;: der er endnu ikke gemt nogen profil (i %2). Opret en i vipps-workbench, eller angiv --base-url og nøglerne i stedet.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="33"/>
        <source>unknown profile &apos;%1&apos;. Known profiles: %2.</source>
        <translation>ukendt profil &apos;%1&apos;. Kendte profiler: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="38"/>
        <source>profile &apos;%1&apos; cannot be used: its environment setting is not one this program knows. Open it in vipps-workbench and save it again.</source>
        <translation>profilen &apos;%1&apos; kan ikke bruges: dens miljøindstilling er ukendt for dette program. Åbn den i vipps-workbench, og gem den igen.</translation>
    </message>
</context>
<context>
    <name>Credentials::ProfileWithSecrets</name>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="131"/>
        <source>The keys of profile %1 could not be read from the keychain, so it keeps its name: %2</source>
        <translation>Nøglerne til profilen %1 kunne ikke læses fra nøgleringen, så den beholder sit navn: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="162"/>
        <source>The keys of profile %1 could not be saved under the name %2, so it keeps its old name and keys: %3</source>
        <translation>Nøglerne til profilen %1 kunne ikke gemmes under navnet %2, så den beholder sit gamle navn og sine nøgler: %3</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="173"/>
        <source>Profile %1 could not be renamed: check that the settings file can be written.</source>
        <translation>Profilen %1 kunne ikke omdøbes: kontrollér, at der kan skrives til indstillingsfilen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="200"/>
        <source>Profile %1 is now %2 with its keys, but the keychain still holds them under the old name too: %3</source>
        <translation>Profilen %1 hedder nu %2 og har sine nøgler, men nøgleringen har dem stadig også under det gamle navn: %3</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="213"/>
        <source>Profile %1 cannot be renamed to %2: that name is taken or not allowed, or profile %1 is gone.</source>
        <translation>Profilen %1 kan ikke omdøbes til %2: navnet er optaget eller ikke tilladt, eller profilen %1 findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="234"/>
        <source>There is no profile %1 to delete.</source>
        <translation>Der er ingen profil %1 at slette.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="242"/>
        <source>The keys of profile %1 could not be read from the keychain, so it is not deleted: %2</source>
        <translation>Nøglerne til profilen %1 kunne ikke læses fra nøgleringen, så den slettes ikke: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="248"/>
        <source>The keychain did not remove the keys of profile %1, so it is not deleted: %2</source>
        <translation>Nøgleringen fjernede ikke nøglerne til profilen %1, så den slettes ikke: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="252"/>
        <source>Profile %1 could not be deleted: check that the settings file can be written.</source>
        <translation>Profilen %1 kunne ikke slettes: kontrollér, at der kan skrives til indstillingsfilen.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../ui/credentialspanel.ui" line="14"/>
        <source>Credentials</source>
        <translation>Adgangsoplysninger</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="34"/>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="44"/>
        <source>Duplicate the selected profile</source>
        <translation>Duplikér den valgte profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="54"/>
        <source>Rename the selected profile</source>
        <translation>Omdøb den valgte profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="64"/>
        <source>Delete the selected profile</source>
        <translation>Slet den valgte profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="74"/>
        <source>Use the selected profile</source>
        <translation>Brug den valgte profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="97"/>
        <source>Credentials status</source>
        <translation>Status for adgangsoplysninger</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="119"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="122"/>
        <source>Double-click or press Enter to use a profile</source>
        <translation>Dobbeltklik, eller tryk på Enter for at bruge en profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="145"/>
        <location filename="../ui/credentialspanel.ui" line="168"/>
        <source>Production warning</source>
        <translation>Advarsel om produktion</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="165"/>
        <source>Production: calls here move real money</source>
        <translation>Produktion: kald herfra flytter rigtige penge</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="186"/>
        <source>Profile being edited</source>
        <translation>Profil under redigering</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="206"/>
        <source>Save the profile</source>
        <translation>Gem profilen</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="216"/>
        <source>Revert the changes</source>
        <translation>Fortryd ændringerne</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="235"/>
        <source>Access token</source>
        <translation>Adgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="238"/>
        <source>Access token of the profile in use</source>
        <translation>Adgangstoken for den aktive profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="244"/>
        <source>Get an access token</source>
        <translation>Hent et adgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="254"/>
        <source>Access token expiry</source>
        <translation>Adgangstokenets udløb</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="264"/>
        <source>Why no access token was given</source>
        <translation>Hvorfor der ikke blev givet et adgangstoken</translation>
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
        <translation>Duplikér</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="301"/>
        <source>Start a new profile with the selected one&apos;s settings; the keys are not copied (Ctrl+D)</source>
        <translation>Start en ny profil med den valgtes indstillinger; nøglerne kopieres ikke (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="304"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="312"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="315"/>
        <source>Edit the name of the selected profile, then save (F2)</source>
        <translation>Redigér navnet på den valgte profil, og gem derefter (F2)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="318"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="326"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="329"/>
        <source>Delete the selected profile, after asking (Delete)</source>
        <translation>Slet den valgte profil efter bekræftelse (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="332"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="340"/>
        <source>Use this profile</source>
        <translation>Brug denne profil</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="343"/>
        <source>Make the selected profile the one every panel calls with (Ctrl+Enter, or Enter in the list)</source>
        <translation>Gør den valgte profil til den, alle paneler kalder med (Ctrl+Enter eller Enter i listen)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="346"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="354"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="357"/>
        <source>Save the profile; typed keys go to the keychain (Ctrl+S)</source>
        <translation>Gem profilen; indtastede nøgler gemmes i nøgleringen (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="360"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="368"/>
        <source>Revert</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="371"/>
        <source>Forget the unsaved changes</source>
        <translation>Glem de ikke-gemte ændringer</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="376"/>
        <source>Get access token</source>
        <translation>Hent adgangstoken</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="379"/>
        <source>Ask for an access token with the keys of the profile in use (Ctrl+T)</source>
        <translation>Bed om et adgangstoken med den aktive profils nøgler (Ctrl+T)</translation>
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
        <translation>Webhook-leveringer, som simulatoren har forsøgt</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="51"/>
        <source>Deliveries hint</source>
        <translation>Tip om leveringer</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="76"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="14"/>
        <source>Event log</source>
        <translation>Hændelseslog</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="34"/>
        <source>Show only events whose name, reference, amount, result, status or webhook id contains this text (Ctrl+F)</source>
        <translation>Vis kun hændelser, hvis navn, reference, beløb, resultat, status eller webhook-id indeholder denne tekst (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="37"/>
        <source>Event filter</source>
        <translation>Hændelsesfilter</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="40"/>
        <source>Filter by event, reference, amount, webhook id…</source>
        <translation>Filtrér på hændelse, reference, beløb, webhook-id…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="50"/>
        <source>Show only events with the chosen verification results; none chosen shows all</source>
        <translation>Vis kun hændelser med de valgte verifikationsresultater; vælges ingen, vises alle</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="53"/>
        <source>Verification result filter</source>
        <translation>Filter for verifikationsresultat</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="66"/>
        <source>Pause or resume the event log</source>
        <translation>Sæt hændelsesloggen på pause, eller genoptag den</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="167"/>
        <source>Events that arrived while paused; Resume adds them to the table</source>
        <translation>Hændelser, der er kommet under pausen; Genoptag føjer dem til tabellen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="170"/>
        <source>Events waiting while paused</source>
        <translation>Hændelser, der venter under pausen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="76"/>
        <source>Clear the event log</source>
        <translation>Ryd hændelsesloggen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="86"/>
        <source>Follow the latest event</source>
        <translation>Følg den seneste hændelse</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="100"/>
        <source>Received events</source>
        <translation>Modtagne hændelser</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="137"/>
        <source>Event log status</source>
        <translation>Status for hændelseslog</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="160"/>
        <source>Events matching the filter</source>
        <translation>Hændelser, der passer til filteret</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="184"/>
        <source>Show the newest event and follow new ones again</source>
        <translation>Vis den nyeste hændelse og følg nye igen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="187"/>
        <source>New events below</source>
        <translation>Nye hændelser nedenfor</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="199"/>
        <source>Find</source>
        <translation>Søg</translation>
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
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="230"/>
        <source>Empty this view (Ctrl+L). Nothing is lost: the journal keeps every received event.</source>
        <translation>Tøm denne visning (Ctrl+L). Intet går tabt: journalen gemmer alle modtagne hændelser.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="233"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="247"/>
        <source>Follow latest</source>
        <translation>Følg seneste</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="250"/>
        <source>Keep the newest event in view. Scrolling up or selecting an older event turns this off; scrolling to the bottom turns it back on.</source>
        <translation>Hold den nyeste hændelse synlig. Rulning opad eller valg af en ældre hændelse slår det fra; rulning helt ned slår det til igen.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="258"/>
        <source>Valid</source>
        <translation>Gyldige</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="266"/>
        <source>Invalid</source>
        <translation>Ugyldige</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="274"/>
        <source>Stale</source>
        <translation>Forældede</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="282"/>
        <source>Unsigned</source>
        <translation>Usignerede</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="290"/>
        <source>No secret</source>
        <translation>Uden hemmelighed</translation>
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
        <translation>dublet</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="309"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="310"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="311"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="312"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="313"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="314"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="315"/>
        <source>Duplicate</source>
        <translation>Dublet</translation>
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
        <translation>Kan ikke gøre %1 privat: %2.</translation>
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
        <translation>sendt igen</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="15"/>
        <source>replayed re-signed</source>
        <translation>sendt igen med ny signatur</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="16"/>
        <source>edited and replayed</source>
        <translation>ændret og sendt igen</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="24"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="27"/>
        <source>timed out</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="28"/>
        <source>failed</source>
        <translation>mislykkedes</translation>
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
        <translation>request.url mangler eller er ikke en absolut URL.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="126"/>
        <source>request.headers is missing or not a list.</source>
        <translation>request.headers mangler eller er ikke en liste.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="131"/>
        <source>request.headers[%1] needs a name and a value.</source>
        <translation>request.headers[%1] skal have et navn og en værdi.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="146"/>
        <source>request.postData._bodyBase64 is not base64.</source>
        <translation>request.postData._bodyBase64 er ikke base64.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="156"/>
        <source>response.status is missing or not a whole number.</source>
        <translation>response.status mangler eller er ikke et heltal.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="172"/>
        <source>_verification needs a result, and a reason and webhookId as text.</source>
        <translation>_verification skal have et resultat, og reason og webhookId som tekst.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="184"/>
        <source>_remote is not text.</source>
        <translation>_remote er ikke tekst.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="186"/>
        <source>_duplicate is not true or false.</source>
        <translation>_duplicate er hverken true eller false.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="206"/>
        <source>request.method is missing.</source>
        <translation>request.method mangler.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="222"/>
        <source>_seq is not a whole number from 0 to 2^53.</source>
        <translation>_seq er ikke et heltal fra 0 til 2^53.</translation>
    </message>
</context>
<context>
    <name>Events::ImportReader</name>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="54"/>
        <source>Cannot read %1: %2.</source>
        <translation>Kan ikke læse %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="61"/>
        <source>%1 is neither a HAR file nor JSON Lines: it does not start with &apos;{&apos;.</source>
        <translation>%1 er hverken en HAR-fil eller JSON Lines: den begynder ikke med &apos;{&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="75"/>
        <source>%1 is larger than %2 MiB, the most a HAR file may have here; export as JSON Lines (--format jsonl), which is read as a stream.</source>
        <translation>%1 er større end %2 MiB, det meste en HAR-fil må fylde her; eksportér som JSON Lines (--format jsonl), som læses som en strøm.</translation>
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
        <translation>HAR-post %1 (seq %2)</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="109"/>
        <source>HAR entry %1</source>
        <translation>HAR-post %1</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="110"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="125"/>
        <source>the first entry</source>
        <translation>den første post</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="125"/>
        <source>the entry after seq %1</source>
        <translation>posten efter seq %1</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="127"/>
        <source>%1: %2 is not a journal entry (not JSON, or a field missing or of the wrong type).</source>
        <translation>%1: %2 er ikke en journalpost (ikke JSON, eller et felt mangler eller har forkert type).</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="132"/>
        <source>%1: %2 is cut off: the file ends in the middle of it.</source>
        <translation>%1: %2 er afkortet: filen slutter midt i den.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="173"/>
        <source>%1 has more than %2 entries, the most read at once.</source>
        <translation>%1 har flere end %2 poster, det meste der læses ad gangen.</translation>
    </message>
</context>
<context>
    <name>Events::PackBuilder</name>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="15"/>
        <source>a test pack needs at least one step.</source>
        <translation>en testpakke skal have mindst ét trin.</translation>
    </message>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="23"/>
        <source>duplicate:%1 repeats an event the pack sent before: put entry %1 in an earlier step.</source>
        <translation>duplicate:%1 gentager en hændelse, pakken har sendt før: læg post %1 i et tidligere trin.</translation>
    </message>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="29"/>
        <source>out-of-order:%1 goes before an event that happened earlier: put an entry before #%1 in a later step.</source>
        <translation>out-of-order:%1 sendes før en hændelse, der skete tidligere: læg en post før #%1 i et senere trin.</translation>
    </message>
</context>
<context>
    <name>Events::PackFile</name>
    <message>
        <location filename="../src/core/events/packfile.cpp" line="14"/>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
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
        <translation>en gyldig levering skal kvitteres med en 2xx inden for 10 s, ellers prøver Vipps igen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="53"/>
        <source>a body that differs from what was signed must be refused</source>
        <translation>en body, der afviger fra det, der blev signeret, skal afvises</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="54"/>
        <source>a delivery signed with another secret must be refused</source>
        <translation>en levering signeret med en anden hemmelighed skal afvises</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="55"/>
        <source>a delivery signed long ago must be refused (a replayed capture)</source>
        <translation>en levering signeret for længe siden skal afvises (en genafspillet capture)</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="57"/>
        <source>a repeated delivery must be acknowledged with a 2xx (and handled once), or Vipps keeps retrying it</source>
        <translation>en gentaget levering skal kvitteres med en 2xx (og behandles én gang), ellers bliver Vipps ved med at prøve igen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="59"/>
        <source>an event that arrives before an earlier one must still be acknowledged with a 2xx, or Vipps retries it and holds back the payment&apos;s later events</source>
        <translation>en hændelse, der kommer før en tidligere, skal alligevel kvitteres med en 2xx, ellers prøver Vipps igen og holder betalingens senere hændelser tilbage</translation>
    </message>
</context>
<context>
    <name>Events::PackStepRequest</name>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="25"/>
        <source>signed with another secret</source>
        <translation>signeret med en anden hemmelighed</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="29"/>
        <source>signed correctly, with an x-ms-date %1 minutes old</source>
        <translation>korrekt signeret, med en x-ms-date, der er %1 minutter gammel</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="35"/>
        <source>sent again, re-signed with a new x-ms-date as Vipps&apos; retries are</source>
        <translation>sendt igen, signeret igen med ny x-ms-date, som Vipps&apos; nye forsøg er</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="36"/>
        <source>sent before an event that happened earlier</source>
        <translation>sendt før en hændelse, der skete tidligere</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="37"/>
        <source>signed correctly</source>
        <translation>korrekt signeret</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="49"/>
        <source>a space added to the body after signing</source>
        <translation>et mellemrum tilføjet til body efter signering</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="53"/>
        <source>the amount changed from %1 to %2 after signing</source>
        <translation>beløbet ændret fra %1 til %2 efter signering</translation>
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
        <translation>forventet %1, som pakken siger</translation>
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
        <translation>der er ingen journal i %1.</translation>
    </message>
    <message>
        <location filename="../src/core/events/replay.cpp" line="114"/>
        <source>the journal %1 has no entry #%2.</source>
        <translation>journalen %1 har ingen post #%2.</translation>
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
        <translation>testpakke version %1; denne vipps-hooks læser version %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="115"/>
        <source>the test pack has no steps.</source>
        <translation>testpakken har ingen trin.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="123"/>
        <source>step %1: %2</source>
        <translation>trin %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="139"/>
        <source>&quot;kind&quot; must be one of %1.</source>
        <translation>&quot;kind&quot; skal være en af %1.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="148"/>
        <source>&quot;expect&quot; must be a status class such as &quot;2xx&quot; or &quot;4xx&quot;, or a status such as &quot;409&quot;.</source>
        <translation>&quot;expect&quot; skal være en statusklasse som &quot;2xx&quot; eller &quot;4xx&quot;, eller en status som &quot;409&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="157"/>
        <source>&quot;method&quot; must not be empty and &quot;path&quot; must start with &quot;/&quot;.</source>
        <translation>&quot;method&quot; må ikke være tom, og &quot;path&quot; skal begynde med &quot;/&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="163"/>
        <source>each of &quot;headers&quot; must be [&quot;Name&quot;, &quot;value&quot;].</source>
        <translation>hver af &quot;headers&quot; skal være [&quot;Name&quot;, &quot;value&quot;].</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="170"/>
        <source>a step needs &quot;body&quot; (text) or &quot;bodyBase64&quot;, one of them.</source>
        <translation>et trin skal have &quot;body&quot; (tekst) eller &quot;bodyBase64&quot;, én af dem.</translation>
    </message>
</context>
<context>
    <name>Gui::CredentialsPanel</name>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="144"/>
        <source>Save or revert the changes first, then use the profile.</source>
        <translation>Gem eller fortryd ændringerne først, og brug derefter profilen.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="207"/>
        <source>Type the new name, then save (Ctrl+S).</source>
        <translation>Skriv det nye navn, og gem derefter (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="286"/>
        <source>Delete the selected profile, after asking (Delete)</source>
        <translation>Slet den valgte profil efter bekræftelse (Delete)</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="293"/>
        <source>Access token</source>
        <translation>Adgangstoken</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="295"/>
        <source>Access token: profile %1 (production)</source>
        <translation>Adgangstoken: profil %1 (produktion)</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="296"/>
        <source>Access token: profile %1</source>
        <translation>Adgangstoken: profil %1</translation>
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
            <numerusform>Leveringer (%n mislykkedes)</numerusform>
            <numerusform>Leveringer (%n mislykkedes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/deliverylogpanel.cpp" line="36"/>
        <source>No deliveries yet. Each webhook the simulator in this app sends, and every retry of one that failed, appears here.</source>
        <translation>Ingen leveringer endnu. Hver webhook, som simulatoren i denne app sender, og hvert nyt forsøg på en, der mislykkedes, vises her.</translation>
    </message>
</context>
<context>
    <name>Gui::EditReplayDialog</name>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="24"/>
        <source>Edit and replay event #%1</source>
        <translation>Rediger og send hændelse #%1 igen</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="25"/>
        <source>The body below is sent instead of the one received, signed afresh with the secret of webhook %1 for the URL it goes to.</source>
        <translation>Indholdet nedenfor sendes i stedet for det modtagne, signeret igen med hemmeligheden for webhook %1 til den URL, det sendes til.</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="35"/>
        <source>Body to send</source>
        <translation>Indhold, der sendes</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="37"/>
        <source>Whether the body is JSON</source>
        <translation>Om indholdet er JSON</translation>
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
        <translation>Signér og send</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="52"/>
        <source>Send to:</source>
        <translation>Send til:</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="81"/>
        <source>The body is valid JSON.</source>
        <translation>Indholdet er gyldig JSON.</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="82"/>
        <source>The body is not valid JSON (%1 at character %2); it is sent as it is.</source>
        <translation>Indholdet er ikke gyldig JSON (%1 ved tegn %2); det sendes, som det er.</translation>
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
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="14"/>
        <source>custom address</source>
        <translation>tilpasset adresse</translation>
    </message>
</context>
<context>
    <name>Gui::EventLogMenu</name>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="50"/>
        <source>Replay to the &amp;forward target</source>
        <translation>Send igen til &amp;videresendelsesmålet</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="52"/>
        <source>Replay to a &amp;URL…</source>
        <translation>Send igen til en &amp;URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="53"/>
        <source>Replay &amp;re-signed</source>
        <translation>Send igen, &amp;signeret igen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="54"/>
        <source>&amp;Edit and replay…</source>
        <translation>&amp;Rediger og send igen…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="56"/>
        <source>Copy &amp;body</source>
        <translation>Kopiér &amp;indhold</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="57"/>
        <source>Copy as &amp;curl</source>
        <translation>Kopiér som &amp;curl</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="58"/>
        <source>Copy r&amp;aw request</source>
        <translation>Kopiér rå &amp;forespørgsel</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="60"/>
        <source>E&amp;xport selection…</source>
        <translation>E&amp;ksportér udvalget…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="61"/>
        <source>Save as &amp;test pack…</source>
        <translation>Gem som &amp;testpakke…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="73"/>
        <source>Event #%1: %2</source>
        <translation>Hændelse #%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="133"/>
        <source>Its request is no longer in the journal (rotated away or removed).</source>
        <translation>Forespørgslen findes ikke længere i journalen (roteret væk eller slettet).</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="134"/>
        <source>Select one event for this.</source>
        <translation>Vælg én hændelse til dette.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="145"/>
        <source>The body exactly as received</source>
        <translation>Indholdet præcis som modtaget</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="146"/>
        <source>A curl command that sends the request again</source>
        <translation>En curl-kommando, der sender forespørgslen igen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="147"/>
        <source>The request as HTTP/1.1 text, credentials removed</source>
        <translation>Forespørgslen som HTTP/1.1-tekst, uden loginoplysninger</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="159"/>
        <source>The selected events are no longer in the journal (rotated away or removed).</source>
        <translation>De valgte hændelser findes ikke længere i journalen (roteret væk eller slettet).</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="160"/>
        <source>Save the selected events as HAR or JSON Lines, credentials removed</source>
        <translation>Gem de valgte hændelser som HAR eller JSON Lines, uden loginoplysninger</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="162"/>
        <source>Make a test pack of the selected deliveries, with broken ones added as you choose</source>
        <translation>Lav en testpakke af de valgte leveringer, med ødelagte tilføjet efter eget valg</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="163"/>
        <source>Select webhook deliveries for this: a test pack replays deliveries.</source>
        <translation>Vælg webhook-leveringer til dette: en testpakke sender leveringer igen.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="170"/>
        <source>Send it as received, with its original signature, to %1</source>
        <translation>Send den som modtaget, med dens oprindelige signatur, til %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="171"/>
        <source>No forward target is set for this event&apos;s type: set &quot;Forward to&quot; for this profile.</source>
        <translation>Der er intet videresendelsesmål for denne hændelsestype: angiv »Videresend til« for denne profil.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="172"/>
        <source>Send it as received, with its original signature, to a URL you give</source>
        <translation>Send den som modtaget, med dens oprindelige signatur, til en URL, du angiver</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="178"/>
        <source>Sign it afresh with the secret of webhook %1 and send it to %2</source>
        <translation>Signér den igen med hemmeligheden for webhook %1, og send den til %2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="179"/>
        <source>Replay it to a URL first, or set a forward target.</source>
        <translation>Send den igen til en URL først, eller angiv et videresendelsesmål.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="180"/>
        <source>Change the body, then sign it afresh with the secret of webhook %1</source>
        <translation>Ret indholdet, og signér det derefter igen med hemmeligheden for webhook %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="208"/>
        <source>Replay event #%1</source>
        <translation>Send hændelse #%1 igen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="209"/>
        <source>Send it as received, with its original signature, to:</source>
        <translation>Send den som modtaget, med dens oprindelige signatur, til:</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="212"/>
        <location filename="../src/gui/eventlogmenu.cpp" line="316"/>
        <source>Replay</source>
        <translation>Send igen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="288"/>
        <source>The selected deliveries are no longer in the journal (rotated away or removed): there is nothing to make a test pack of.</source>
        <translation>De valgte leverancer findes ikke længere i journalen (roteret væk eller slettet): der er intet at lave en testpakke af.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="300"/>
        <source>The selected events are no longer in the journal (rotated away or removed): there is nothing to export.</source>
        <translation>De valgte hændelser findes ikke længere i journalen (roteret væk eller slettet): der er intet at eksportere.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="313"/>
        <source>Replaying event #%1 to %2…</source>
        <translation>Sender hændelse #%1 igen til %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="317"/>
        <source>Event #%1 was not replayed: %2</source>
        <translation>Hændelse #%1 blev ikke sendt igen: %2</translation>
    </message>
</context>
<context>
    <name>Gui::EventLogPanel</name>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="44"/>
        <source>No events yet. Deliveries to the receiver appear here.</source>
        <translation>Ingen hændelser endnu. Leveringer til modtageren vises her.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="263"/>
        <source>All results</source>
        <translation>Alle resultater</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="265"/>
        <source>Only %1</source>
        <translation>Kun %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="267"/>
        <source>%1 of %2 results</source>
        <translation>%1 af %2 resultater</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="104"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="274"/>
        <source>Resume</source>
        <translation>Genoptag</translation>
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
        <translation>Tilføj de ventende hændelser, og vis nye, efterhånden som de kommer (mellemrum eller Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="276"/>
        <source>Hold new events back so the table stays still (Space or Ctrl+P)</source>
        <translation>Hold nye hændelser tilbage, så tabellen står stille (mellemrum eller Ctrl+P)</translation>
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
        <translation>Ingen hændelser passer til filteret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="304"/>
        <source>%1 of %n events match</source>
        <translation>
            <numerusform>%1 af %n hændelse passer</numerusform>
            <numerusform>%1 af %n hændelser passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="311"/>
        <source>%n new events</source>
        <translation>
            <numerusform>%n ny hændelse</numerusform>
            <numerusform>%n nye hændelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ExportSelectionDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/exportselectiondialog.cpp" line="15"/>
        <source>Export %n events</source>
        <translation>
            <numerusform>Eksportér %n hændelse</numerusform>
            <numerusform>Eksportér %n hændelser</numerusform>
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
            <numerusform>Eksporterede %n hændelse til %1.</numerusform>
            <numerusform>Eksporterede %n hændelser til %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="52"/>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="53"/>
        <source>The events could not be written to %1.</source>
        <translation>Hændelserne kunne ikke skrives til %1.</translation>
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
        <translation>Hver levering, som modtageren accepterer, sendes videre til din egen behandler med præcis de samme bytes og headere, så din behandlers egen signaturkontrol siger gyldig. Svaret vises i kolonnen Behandler i hændelsesloggen og på fanen Behandler i inspektøren og gemmes i journalen. Svaret til afsenderen venter aldrig på din behandler.</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="33"/>
        <source>One route a line, kept for profile &quot;%1&quot;:
URL: every accepted delivery, e.g. http://localhost:3000/vipps
EVENT-TYPE=URL: only that type, e.g. captured=http://localhost:4000/captures (short for epayments.payment.captured.v1=…)</source>
        <translation>Én rute pr. linje, gemt for profilen »%1«:
URL: alle accepterede leveringer, f.eks. http://localhost:3000/vipps
HÆNDELSESTYPE=URL: kun den type, f.eks. captured=http://localhost:4000/captures (kort for epayments.payment.captured.v1=…)</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="45"/>
        <source>Forwarding routes, one a line</source>
        <translation>Videresendelsesruter, én pr. linje</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="51"/>
        <source>&amp;Forward</source>
        <translation>&amp;Videresend</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="52"/>
        <source>&amp;Stop forwarding</source>
        <translation>&amp;Stop videresendelse</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="98"/>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="114"/>
        <source>The routes could not be kept: check that the settings file can be written.</source>
        <translation>Ruterne kunne ikke gemmes: kontrollér, at indstillingsfilen kan skrives.</translation>
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
        <translation>Måde</translation>
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
        <translation>Headere i svaret fra behandler</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="93"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="93"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="104"/>
        <source>Body of the handler&apos;s answer</source>
        <translation>Indhold i svaret fra behandler</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="131"/>
        <source>Select an event in the log to see what your handler answered to it.</source>
        <translation>Vælg en hændelse i loggen for at se, hvad din behandler svarede på den.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="142"/>
        <source>Your handler has not answered this event. Set Receiver → Forward to… or replay the event from the log&apos;s context menu: what your handler answers shows here, with its status, headers and body.</source>
        <translation>Din behandler har ikke svaret på denne hændelse. Vælg Modtager → Videresend til… eller send hændelsen igen fra loggens genvejsmenu: det, din behandler svarer, vises her med status, headere og indhold.</translation>
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
        <translation>Timeout efter %1 ms: %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="180"/>
        <source>No answer (after %1 ms): %2. %3</source>
        <translation>Intet svar (efter %1 ms): %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="201"/>
        <source>… more not kept</source>
        <translation>… mere ikke gemt</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="204"/>
        <source>No body.</source>
        <translation>Intet indhold.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/handleranswersview.cpp" line="206"/>
        <source>Body (%n bytes kept), as pretty JSON:</source>
        <translation>
            <numerusform>Indhold (%n byte gemt), som formateret JSON:</numerusform>
            <numerusform>Indhold (%n bytes gemt), som formateret JSON:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/handleranswersview.cpp" line="208"/>
        <source>Body (%n bytes kept):</source>
        <translation>
            <numerusform>Indhold (%n byte gemt):</numerusform>
            <numerusform>Indhold (%n bytes gemt):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::HandlerTools</name>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="19"/>
        <source>&amp;Import events…</source>
        <translation>&amp;Importér hændelser…</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="21"/>
        <source>Open a HAR or JSON Lines file of webhook deliveries in a window of its own</source>
        <translation>Åbn en HAR- eller JSON Lines-fil med webhook-leveringer i et separat vindue</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="27"/>
        <source>&amp;Tools</source>
        <translation>&amp;Værktøjer</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="29"/>
        <source>&amp;Test packs…</source>
        <translation>&amp;Testpakker…</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="31"/>
        <source>Run a test pack against your handler, or make one from events</source>
        <translation>Kør en testpakke mod din behandler, eller lav en ud fra hændelser</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="61"/>
        <source>Import events</source>
        <translation>Importér hændelser</translation>
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
        <translation>%1 (importeret) – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="34"/>
        <location filename="../src/gui/importwindow.cpp" line="41"/>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="53"/>
        <source>Could not import %1: %2</source>
        <translation>Kunne ikke importere %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="54"/>
        <source>Nothing imported. The live event log and the journal are unchanged.</source>
        <translation>Intet importeret. Den direkte hændelseslog og journalen er uændrede.</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="60"/>
        <source>Imported from %1: 1 event. Imported events are never forwarded.</source>
        <translation>Importeret fra %1: 1 hændelse. Importerede hændelser videresendes aldrig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/importwindow.cpp" line="61"/>
        <source>Imported from %1: %n events. Imported events are never forwarded.</source>
        <translation>
            <numerusform>Importeret fra %1: %n hændelse. Importerede hændelser videresendes aldrig.</numerusform>
            <numerusform>Importeret fra %1: %n hændelser. Importerede hændelser videresendes aldrig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="64"/>
        <source>Requests that were no deliveries left out: %1.</source>
        <translation>Udeladte forespørgsler, der ikke var leveringer: %1.</translation>
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
        <translation>Verificeret</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="41"/>
        <source>Signature invalid</source>
        <translation>Ugyldig signatur</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="42"/>
        <source>Stale: x-ms-date is too far off</source>
        <translation>Forældet: x-ms-date afviger for meget</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="43"/>
        <source>Not signed</source>
        <translation>Ikke signeret</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="44"/>
        <source>No secret to check with</source>
        <translation>Ingen hemmelighed at kontrollere med</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="57"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="62"/>
        <source>no event name</source>
        <translation>intet hændelsesnavn</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="67"/>
        <source>answered HTTP %1</source>
        <translation>besvaret med HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="69"/>
        <source>duplicate</source>
        <translation>dublet</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="76"/>
        <source>Not a delivery: nothing to verify.</source>
        <translation>Ikke en levering: intet at verificere.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="85"/>
        <source>This is the check sent before a webhook is registered, signed with a secret nobody has: refusing it is right.</source>
        <translation>Dette er kontrollen, der sendes, før en webhook registreres, signeret med en hemmelighed, ingen har: det er rigtigt at afvise den.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="96"/>
        <source>Checked for host %1, not for the Host it came with (%2): Vipps signs for the host of the URL it delivers to, whatever Host a tunnel passes on.</source>
        <translation>Tjekket for værten %1, ikke for den Host, den kom med (%2): Vipps signerer for værten i den URL, den leverer til, uanset hvilken Host en tunnel sender videre.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="106"/>
        <source>Read back from the journal (the log keeps the newest %L1 events whole): checked again with the webhook secrets loaded now.</source>
        <translation>Læst tilbage fra journalen (loggen holder kun de nyeste %L1 hændelser hele): kontrolleret igen med de webhook-hemmeligheder, der er indlæst nu.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="109"/>
        <source>Read back from the journal (the log keeps the newest %L1 events whole): checked again with the webhook secrets loaded now. When it arrived: %2.</source>
        <translation>Læst tilbage fra journalen (loggen holder kun de nyeste %L1 hændelser hele): kontrolleret igen med de webhook-hemmeligheder, der er indlæst nu. Da den kom: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="118"/>
        <source>Its request is no longer in the journal (rotated away or removed): only this summary is left.</source>
        <translation>Forespørgslen findes ikke længere i journalen (roteret væk eller slettet): kun dette resumé er tilbage.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="125"/>
        <source>Imported from a file, never forwarded: checked with the webhook secrets loaded now.</source>
        <translation>Importeret fra en fil, aldrig videresendt: kontrolleret med de webhook-hemmeligheder, der er indlæst nu.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="128"/>
        <source>Imported from a file, never forwarded: checked with the webhook secrets loaded now. When it arrived: %1.</source>
        <translation>Importeret fra en fil, aldrig videresendt: kontrolleret med de webhook-hemmeligheder, der er indlæst nu. Da den ankom: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="132"/>
        <source>From the journal of an earlier run: checked again with the webhook secrets loaded now.</source>
        <translation>Fra journalen fra en tidligere kørsel: kontrolleret igen med de webhook-hemmeligheder, der er indlæst nu.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="134"/>
        <source>From the journal of an earlier run: checked again with the webhook secrets loaded now. When it arrived: %1.</source>
        <translation>Fra journalen fra en tidligere kørsel: kontrolleret igen med de webhook-hemmeligheder, der er indlæst nu. Da den kom: %1.</translation>
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
        <translation>ingen blev brugt (prøvede hemmeligheder: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="150"/>
        <source>, webhook %1</source>
        <translation>, webhook %1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="151"/>
        <source> (secrets tried: %1)</source>
        <translation> (prøvede hemmeligheder: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="157"/>
        <source>none: no HMAC-SHA256 Authorization or X-Vipps-Authorization header</source>
        <translation>ingen: ingen Authorization- eller X-Vipps-Authorization-header med HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="164"/>
        <source>unknown: x-ms-date is missing</source>
        <translation>ukendt: x-ms-date mangler</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="166"/>
        <source>unknown: x-ms-date is not an RFC 1123 date</source>
        <translation>ukendt: x-ms-date er ikke en RFC 1123-dato</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="168"/>
        <source>dated %1 s before it arrived</source>
        <translation>dateret %1 s før ankomst</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="169"/>
        <source>dated %1 s after it arrived: a clock is ahead</source>
        <translation>dateret %1 s efter ankomst: et ur går for hurtigt</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="175"/>
        <source>The body is empty (0 bytes).</source>
        <translation>Body&apos;en er tom (0 byte).</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="177"/>
        <source>%1 bytes of UTF-8 text.</source>
        <translation>%1 byte UTF-8-tekst.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="178"/>
        <source>%1 bytes, not printable UTF-8: control characters show as symbols such as ␍, other bytes that are not text as �. Copy as curl keeps every byte.</source>
        <translation>%1 byte, ikke printbar UTF-8: kontroltegn vises som symboler som ␍, andre bytes, der ikke er tekst, som �. Kopiér som curl bevarer hver byte.</translation>
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
        <translation>Kopiér valgte headere</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="138"/>
        <source>Copy the inspected event as curl</source>
        <translation>Kopiér den viste hændelse som curl</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="188"/>
        <source>No event selected.</source>
        <translation>Ingen hændelse valgt.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="197"/>
        <source>Select an event in the log to see how its signature was checked.</source>
        <translation>Vælg en hændelse i loggen for at se, hvordan dens signatur blev kontrolleret.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="237"/>
        <source>The body is no longer in the journal.</source>
        <translation>Body&apos;en findes ikke længere i journalen.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="246"/>
        <source>The request is no longer in the journal, so its check cannot be shown step by step: the summary above says how it was checked when it arrived.</source>
        <translation>Forespørgslen findes ikke længere i journalen, så kontrollen kan ikke vises trin for trin: resuméet ovenfor siger, hvordan den blev kontrolleret, da den kom.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="256"/>
        <source>Handler (%1)</source>
        <translation>Behandler (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="266"/>
        <source>Nothing to verify: %1 is not a webhook delivery (Vipps delivers with POST), so no signature was checked. It was answered with HTTP %2.</source>
        <translation>Intet at verificere: %1 er ikke en webhook-levering (Vipps leverer med POST), så ingen signatur blev kontrolleret. Den blev besvaret med HTTP %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="295"/>
        <source>✗ missing</source>
        <translation>✗ mangler</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="297"/>
        <source>– not checked</source>
        <translation>– ikke kontrolleret</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="299"/>
        <source>✓ equal</source>
        <translation>✓ ens</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="299"/>
        <source>✗ different</source>
        <translation>✗ forskellige</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="309"/>
        <source>The body is not JSON.</source>
        <translation>Body&apos;en er ikke JSON.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="82"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="96"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Sproget skifter, næste gang appen starter.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="116"/>
        <source>Workbench panels</source>
        <translation>Workbench-paneler</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="130"/>
        <source>&amp;Quick start</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="131"/>
        <source>&amp;Credentials</source>
        <translation>&amp;Adgangsoplysninger</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="132"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
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
        <translation>Udgående anmodninger</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>The receiver is not running: %1</source>
        <translation>Modtageren kører ikke: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="208"/>
        <source>No events yet. Deliveries to %1 appear here.</source>
        <translation>Ingen hændelser endnu. Leveringer til %1 vises her.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="244"/>
        <source>%1 (%2) – Vipps Webhook Workbench</source>
        <translation>%1 (%2) – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="246"/>
        <source>Profile &quot;%1&quot; talks to the simulator inside this app: nothing leaves this machine and no keys are needed.</source>
        <translation>Profilen &quot;%1&quot; taler med simulatoren i denne app: intet forlader denne maskine, og der kræves ingen nøgler.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="249"/>
        <source>Profile &quot;%1&quot; talks to Vipps MobilePay (%2).</source>
        <translation>Profilen &quot;%1&quot; taler med Vipps MobilePay (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="255"/>
        <source>Receiver port</source>
        <translation>Modtagerport</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Port for the embedded receiver on 127.0.0.1 (0 picks a free one):</source>
        <translation>Port til den indbyggede modtager på 127.0.0.1 (0 vælger en ledig):</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
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
        <translation>README er ikke installeret på denne maskine; den er README.md i projektets kildekode.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="288"/>
        <source>Nothing on this machine opens it; the README is %1.</source>
        <translation>Intet på denne maskine kan åbne den; README ligger i %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="293"/>
        <source>About Vipps Webhook Workbench</source>
        <translation>Om Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="294"/>
        <source>&lt;p&gt;&lt;b&gt;Vipps Webhook Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register Vipps MobilePay webhooks, create test payments, and see every delivery arrive with its signature explained. Everything stays on this machine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vipps Webhook Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registrér Vipps MobilePay-webhooks, opret testbetalinger, og se hver levering komme ind med signaturen forklaret. Alt bliver på denne maskine.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBoxConfirmer</name>
    <message>
        <location filename="../src/gui/messageboxconfirmer.cpp" line="12"/>
        <source>Call production</source>
        <translation>Kald produktion</translation>
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
        <translation>&amp;Kør en pakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="24"/>
        <source>&amp;New pack from events</source>
        <translation>&amp;Ny pakke ud fra hændelser</translation>
    </message>
</context>
<context>
    <name>Gui::PackNewPage</name>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="31"/>
        <source>&amp;Save pack…</source>
        <translation>&amp;Gem pakke…</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="34"/>
        <source>Tick the steps to make of each event. A valid, duplicate or out-of-order step passes on a 2xx; a tampered, wrong-secret or stale one on a 4xx. Steps go in event order: out-of-order ones first, duplicates last.</source>
        <translation>Markér de trin, der skal laves af hver hændelse. Et gyldigt trin, en dublet eller et trin i forkert rækkefølge består ved 2xx; et manipuleret, med forkert hemmelighed eller forældet ved 4xx. Trinene går i hændelsesrækkefølge: dem i forkert rækkefølge først, dubletter sidst.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="43"/>
        <source>Events of the new pack</source>
        <translation>Hændelser i den nye pakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="50"/>
        <source>Add &amp;every broken kind</source>
        <translation>Tilføj &amp;alle ødelagte typer</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="51"/>
        <source>One tampered, wrong-secret, stale and duplicate step of the first event, and the last event sent out of order.</source>
        <translation>Ét manipuleret trin, ét med forkert hemmelighed, ét forældet og én dublet af den første hændelse, og den sidste hændelse sendt i forkert rækkefølge.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="69"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="90"/>
        <source>No events given: choose events in the event log and save them as a test pack from there.</source>
        <translation>Ingen hændelser angivet: vælg hændelser i hændelsesloggen, og gem dem som en testpakke derfra.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="129"/>
        <source>Save test pack</source>
        <translation>Gem testpakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="130"/>
        <source>Test packs (*.json)</source>
        <translation>Testpakker (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="140"/>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="145"/>
        <source>Saved 1 step to %1.</source>
        <translation>Gemte 1 trin i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/packnewpage.cpp" line="145"/>
        <source>Saved %n steps to %1.</source>
        <translation>
            <numerusform>Gemte %n trin i %1.</numerusform>
            <numerusform>Gemte %n trin i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::PackRunPage</name>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="57"/>
        <source>&amp;Run</source>
        <translation>&amp;Kør</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="58"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="78"/>
        <source>Steps of the test pack</source>
        <translation>Trin i testpakken</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="104"/>
        <source>&amp;Open pack…</source>
        <translation>Å&amp;bn pakke…</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="107"/>
        <source>Pack:</source>
        <translation>Pakke:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="109"/>
        <source>Your handler&apos;s URL. Without a path each step&apos;s own path is used.</source>
        <translation>URL&apos;en til din behandler. Uden sti bruges hvert trins egen sti.</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="110"/>
        <source>Handler &amp;URL:</source>
        <translation>Behandler-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="112"/>
        <source>Secret to sign with</source>
        <translation>Hemmelighed at signere med</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="115"/>
        <source>the webhook secret your handler verifies with</source>
        <translation>den webhook-hemmelighed, din behandler verificerer med</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="116"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighed</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="118"/>
        <source>&amp;Sign with:</source>
        <translation>&amp;Signér med:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="142"/>
        <source>Secret of %1</source>
        <translation>Hemmeligheden for %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="143"/>
        <source>A secret typed here:</source>
        <translation>En hemmelighed indtastet her:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="151"/>
        <source>Open test pack</source>
        <translation>Åbn testpakke</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="152"/>
        <source>Test packs (*.json);;All files (*)</source>
        <translation>Testpakker (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="161"/>
        <source>Not opened: %1</source>
        <translation>Ikke åbnet: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="173"/>
        <source>No pack open. Open one, or make one on the other page.</source>
        <translation>Ingen pakke åben. Åbn en, eller lav en på den anden side.</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="174"/>
        <source>%1 (1 step)</source>
        <translation>%1 (1 trin)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/packrunpage.cpp" line="175"/>
        <source>%1 (%n steps)</source>
        <translation>
            <numerusform>%1 (%n trin)</numerusform>
            <numerusform>%1 (%n trin)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="192"/>
        <source>Running…</source>
        <translation>Kører…</translation>
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
        <translation>Opret betalingen, og godkend den derefter som testbrugeren (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="163"/>
        <source>Force approve exists only in the simulator and the test environment</source>
        <translation>Tvungen godkendelse (force approve) findes kun i simulatoren og testmiljøet</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="169"/>
        <source>Fix what is marked above to create the payment.</source>
        <translation>Ret det, der er markeret ovenfor, for at oprette betalingen.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="171"/>
        <source>Creating the payment…</source>
        <translation>Opretter betalingen…</translation>
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
        <translation>Hæv %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="30"/>
        <source>Refund %1</source>
        <translation>Refundér %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="32"/>
        <source>Amount to capture in %1, at most %2: authorized and not yet captured.</source>
        <translation>Beløb, der skal hæves, i %1, højst %2: autoriseret og endnu ikke hævet.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="33"/>
        <source>Amount to refund in %1, at most %2: captured and not yet refunded.</source>
        <translation>Beløb, der skal refunderes, i %1, højst %2: hævet og endnu ikke refunderet.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="38"/>
        <source>Capture</source>
        <translation>Hæv</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="38"/>
        <source>Refund</source>
        <translation>Refundér</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="51"/>
        <source>Cancel %1</source>
        <translation>Annullér %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="55"/>
        <source>Cancel the payment</source>
        <translation>Annullér betalingen</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="56"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="67"/>
        <source>Open payment by reference</source>
        <translation>Åbn betaling efter reference</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="68"/>
        <source>Reference of a payment of merchant serial number %1:</source>
        <translation>Reference til en betaling for forretningsnummer %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="69"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentsPanel</name>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="152"/>
        <source>Loading the profile&apos;s keys…</source>
        <translation>Indlæser profilens nøgler…</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="153"/>
        <source>Choose a profile under Credentials to create payments.</source>
        <translation>Vælg en profil under Adgangsoplysninger for at oprette betalinger.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="221"/>
        <source>Opened the landing page of %1 in the browser.</source>
        <translation>Åbnede landingssiden for %1 i browseren.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="223"/>
        <source>No browser could be opened here: copy the landing page&apos;s address and open it in a browser that can reach %1.</source>
        <translation>Ingen browser kunne åbnes her: kopiér landingssidens adresse og åbn den i en browser, der kan nå %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="234"/>
        <source>Copied the landing page&apos;s address of %1.</source>
        <translation>Kopierede landingssidens adresse for %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="245"/>
        <source>Select a payment to see its landing page</source>
        <translation>Vælg en betaling for at se dens landingsside</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="264"/>
        <source>%1 failed</source>
        <translation>%1 mislykkedes</translation>
    </message>
</context>
<context>
    <name>Gui::PreflightCheckList</name>
    <message>
        <location filename="../src/gui/preflightchecklist.cpp" line="18"/>
        <source>Check of the URL</source>
        <translation>Kontrol af URL&apos;en</translation>
    </message>
    <message>
        <location filename="../src/gui/preflightchecklist.cpp" line="37"/>
        <source>Checking that Vipps can deliver to %1…</source>
        <translation>Kontrollerer, at Vipps kan levere til %1…</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileEditor</name>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="32"/>
        <source>client_id from the business portal</source>
        <translation>client_id fra erhvervsportalen</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="33"/>
        <source>for example 123456</source>
        <translation>for eksempel 123456</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="34"/>
        <source>client_secret from the business portal</source>
        <translation>client_secret fra erhvervsportalen</translation>
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
        <translation>Simulator (indbygget, ingen nøgler nødvendige)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="57"/>
        <source>Test (apitest.vipps.no)</source>
        <translation>Test (apitest.vipps.no)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="58"/>
        <source>Production (api.vipps.no)</source>
        <translation>Produktion (api.vipps.no)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="59"/>
        <source>Custom base URL</source>
        <translation>Tilpasset basis-URL</translation>
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
        <translation>client secret</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="96"/>
        <source>subscription key</source>
        <translation>abonnementsnøgle</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="210"/>
        <source>Another profile is called &quot;%1&quot; already. Choose another name.</source>
        <translation>En anden profil hedder allerede &quot;%1&quot;. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="213"/>
        <source>Enter both the client secret and the subscription key: they are saved together. Leave both empty to keep the keys as they are.</source>
        <translation>Angiv både client secret og abonnementsnøgle: de gemmes sammen. Lad begge være tomme for at beholde nøglerne, som de er.</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="242"/>
        <source>Hide the advanced settings</source>
        <translation>Skjul de avancerede indstillinger</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="243"/>
        <source>Show the advanced settings</source>
        <translation>Vis de avancerede indstillinger</translation>
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
        <translation>produktion</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="25"/>
        <source>custom</source>
        <translation>tilpasset</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="77"/>
        <source>%1 (in use)</source>
        <translation>%1 (i brug)</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="83"/>
        <source>This profile cannot be read: its environment is unknown.</source>
        <translation>Profilen kan ikke læses: dens miljø er ukendt.</translation>
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
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="12"/>
        <source>The new profile is not saved yet.</source>
        <translation>Den nye profil er ikke gemt endnu.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="13"/>
        <source>Profile %1 has unsaved changes.</source>
        <translation>Profilen %1 har ikke-gemte ændringer.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="16"/>
        <source>Save them, or discard them?</source>
        <translation>Vil du gemme dem eller kassere dem?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="17"/>
        <source>They cannot be saved as they are: the messages next to the fields say why. Discard them?</source>
        <translation>De kan ikke gemmes, som de er: beskederne ved felterne forklarer hvorfor. Vil du kassere dem?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="32"/>
        <source>Delete profile</source>
        <translation>Slet profil</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="32"/>
        <source>Delete profile %1?</source>
        <translation>Vil du slette profilen %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="36"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>Gui::PublicUrlDialog</name>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="23"/>
        <source>&amp;Detect tunnel</source>
        <translation>&amp;Find tunnel</translation>
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
        <translation>Gemmes for profilen »%1«. Leveringer tjekkes for værten i denne adresse, som Vipps signerer for den, uanset hvilken Host tunnelen sender videre; registreringen foreslår den.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="31"/>
        <source>Kept for profile &quot;%1&quot;, whose simulator delivers to this machine: it is used once a profile for Vipps&apos; test environment is in use.</source>
        <translation>Gemmes for profilen »%1«, hvis simulator leverer til denne maskine: den bruges, når en profil for Vipps&apos; testmiljø er i brug.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="34"/>
        <source>Vipps delivers only to public https:// addresses. Run a tunnel to the receiver&apos;s port (for example &apos;%1&apos;) and give its address here, or let the app find it.</source>
        <translation>Vipps leverer kun til offentlige https://-adresser. Start en tunnel til modtagerens port (for eksempel »%1«), og angiv adressen her, eller lad appen finde den.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="47"/>
        <source>Ask ngrok (127.0.0.1:4040) and cloudflared (its metrics port) for the tunnel to port %1</source>
        <translation>Spørg ngrok (127.0.0.1:4040) og cloudflared (dens metrics-port) om tunnelen til port %1</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="57"/>
        <source>C&amp;lear</source>
        <translation>&amp;Ryd</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="92"/>
        <source>Looking for a tunnel…</source>
        <translation>Leder efter en tunnel…</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="107"/>
        <source>Found %1&apos;s tunnel %2.</source>
        <translation>Fandt tunnelen %2 fra %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="123"/>
        <source>The public URL could not be kept: check that the settings file can be written.</source>
        <translation>Den offentlige URL kunne ikke gemmes: kontrollér, at indstillingsfilen kan skrives.</translation>
    </message>
</context>
<context>
    <name>Gui::QuickStartPanel</name>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="40"/>
        <source>That did not work: %1</source>
        <translation>Det lykkedes ikke: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="52"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>next</source>
        <translation>næste</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>to do</source>
        <translation>mangler</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverQuestions</name>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="15"/>
        <location filename="../src/gui/receiverquestions.cpp" line="25"/>
        <source>Move the webhooks</source>
        <translation>Flyt webhookene</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="16"/>
        <source>The receiver now listens at %1, but a webhook still delivers to %2, where nothing listens any more.</source>
        <translation>Modtageren lytter nu på %1, men en webhook leverer stadig til %2, hvor intet lytter længere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/receiverquestions.cpp" line="18"/>
        <source>The receiver now listens at %1, but %n webhooks still deliver to %2, where nothing listens any more.</source>
        <translation>
            <numerusform>Modtageren lytter nu på %1, men %n webhook leverer stadig til %2, hvor intet lytter længere.</numerusform>
            <numerusform>Modtageren lytter nu på %1, men %n webhooks leverer stadig til %2, hvor intet lytter længere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="22"/>
        <source>Moving registers the new address first and then deletes the old registration, so no event is lost. Until then no event reaches this app, and the quick start&apos;s step 3 is to do again.</source>
        <translation>Flytningen registrerer den nye adresse først og sletter derefter den gamle registrering, så ingen hændelser går tabt. Indtil da når ingen hændelser denne app, og trin 3 i kvikstarten skal gøres igen.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="28"/>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="36"/>
        <source>The receiver could not start on port %1 and is not running.</source>
        <translation>Modtageren kunne ikke starte på port %1 og kører ikke.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="37"/>
        <source>The receiver stays at %1: it could not move to port %2.</source>
        <translation>Modtageren bliver på %1: den kunne ikke flytte til port %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="39"/>
        <source>Port %1 cannot be used</source>
        <translation>Port %1 kan ikke bruges</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverTlsDialog</name>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="21"/>
        <source>HTTPS on the receiver</source>
        <translation>HTTPS på modtageren</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="23"/>
        <source>For a receiver Vipps reaches directly, on a host with its own name: it then speaks TLS 1.2 or higher on its port. Behind a tunnel (ngrok, cloudflared) the tunnel does HTTPS and this stays off.</source>
        <translation>Til en modtager, som Vipps når direkte, på en vært med sit eget navn: den taler så TLS 1.2 eller nyere på sin port. Bag en tunnel (ngrok, cloudflared) står tunnelen for HTTPS, og dette forbliver slået fra.</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="28"/>
        <source>certificate chain, PEM or DER</source>
        <translation>certifikatkæde, PEM eller DER</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="29"/>
        <source>private key, PEM or DER</source>
        <translation>privat nøgle, PEM eller DER</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="33"/>
        <source>only for an encrypted key; used once, never kept</source>
        <translation>kun til en krypteret nøgle; bruges én gang, gemmes aldrig</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="54"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certifikat:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="54"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="55"/>
        <source>&amp;Key:</source>
        <translation>&amp;Nøgle:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="55"/>
        <source>Private key</source>
        <translation>Privat nøgle</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="61"/>
        <source>&amp;Use HTTPS</source>
        <translation>&amp;Brug HTTPS</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="64"/>
        <source>Plain &amp;HTTP</source>
        <translation>Almindelig &amp;HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="104"/>
        <source>Give the certificate&apos;s private key too.</source>
        <translation>Angiv også certifikatets private nøgle.</translation>
    </message>
</context>
<context>
    <name>Gui::RegisterWebhookDialog</name>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="48"/>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="241"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="49"/>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="242"/>
        <source>Register the webhook</source>
        <translation>Registrér webhooken</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="50"/>
        <source>Cancel registering</source>
        <translation>Annullér registreringen</translation>
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
        <translation>Registrér &amp;alligevel</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="93"/>
        <source>Register the webhook although the check failed</source>
        <translation>Registrér webhooken, selvom kontrollen mislykkedes</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="113"/>
        <source>1 event type</source>
        <translation>1 hændelsestype</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/registerwebhookdialog.cpp" line="113"/>
        <source>%n event types</source>
        <translation>
            <numerusform>%n hændelsestype</numerusform>
            <numerusform>%n hændelsestyper</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="125"/>
        <source>Check or uncheck every %1 event</source>
        <translation>Markér eller fjern markering af alle %1-hændelser</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="145"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach (a tunnel for this machine). The local simulator also accepts http:// for this machine (127.0.0.1 or localhost).</source>
        <translation>Vipps kræver https:// i produktion og test på en adresse, der kan nås fra internettet (en tunnel til denne maskine). Den lokale simulator accepterer også http:// til denne maskine (127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="148"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach: for this machine, a tunnel&apos;s public https:// URL.</source>
        <translation>Vipps kræver https:// i produktion og test på en adresse, der kan nås fra internettet: for denne maskine en tunnels offentlige https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="215"/>
        <source>Enter the URL Vipps should deliver the events to.</source>
        <translation>Angiv den URL, Vipps skal levere hændelserne til.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="218"/>
        <source>Enter a full address with a host, starting with https:// (or http:// for this machine), for example https://example.com/hooks/vipps.</source>
        <translation>Angiv en fuld adresse med vært, der starter med https:// (eller http:// til denne maskine), for eksempel https://example.com/hooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="221"/>
        <source>Vipps requires https:// in production and test: enter your endpoint&apos;s https:// address, or a tunnel&apos;s public https:// URL to this machine.</source>
        <translation>Vipps kræver https:// i produktion og test: angiv dit endpoints https://-adresse eller den offentlige https://-URL for en tunnel til denne maskine.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="224"/>
        <source>http:// is accepted only by the local simulator, and only for this machine (127.0.0.1 or localhost). Vipps requires https:// in production and test: use https://%1.</source>
        <translation>http:// accepteres kun af den lokale simulator og kun til denne maskine (127.0.0.1 eller localhost). Vipps kræver https:// i produktion og test: brug https://%1.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="208"/>
        <source>Check at least one event type to receive.</source>
        <translation>Markér mindst én hændelsestype, der skal modtages.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="267"/>
        <source>Vipps will send 1 event type to %1.</source>
        <translation>Vipps sender 1 hændelsestype til %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/registerwebhookdialog.cpp" line="268"/>
        <source>Vipps will send %n event types to %1.</source>
        <translation>
            <numerusform>Vipps sender %n hændelsestype til %1.</numerusform>
            <numerusform>Vipps sender %n hændelsestyper til %1.</numerusform>
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
        <translation>forældet</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="48"/>
        <source>unsigned</source>
        <translation>usigneret</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="49"/>
        <source>no secret</source>
        <translation>ingen hemmelighed</translation>
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
        <translation>dublet</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="40"/>
        <source>Pause or resume the event log (in its table)</source>
        <translation>Sæt hændelsesloggen på pause eller fortsæt (i tabellen)</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="53"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="53"/>
        <source>Does</source>
        <translation>Gør</translation>
    </message>
</context>
<context>
    <name>Gui::StatusBarLabels</name>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="39"/>
        <source>Receiver</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="40"/>
        <source>Forwarding</source>
        <translation>Videresendelse</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="41"/>
        <source>Events received</source>
        <translation>Modtagne hændelser</translation>
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
        <translation>Klik for at flytte modtageren til en anden port</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="57"/>
        <source>Earlier events: %1</source>
        <translation>Tidligere hændelser: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="102"/>
        <source>Receiver: %1</source>
        <translation>Modtager: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="103"/>
        <source>Receiver: %1 via %2</source>
        <translation>Modtager: %1 via %2</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="107"/>
        <source>Receiver: starting…</source>
        <translation>Modtager: starter…</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="108"/>
        <source>Receiver: stopped</source>
        <translation>Modtager: stoppet</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="110"/>
        <source>Receiver: not running (%1)</source>
        <translation>Modtager: kører ikke (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="119"/>
        <source>%1
Click to change where deliveries are forwarded</source>
        <translation>%1
Klik for at ændre, hvor leveringer videresendes</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="128"/>
        <source>Events: %L1</source>
        <translation>Hændelser: %L1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="129"/>
        <source>Events: %L1 (and %L2 from earlier runs)</source>
        <translation>Hændelser: %L1 (og %L2 fra tidligere kørsler)</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="135"/>
        <source>Simulator: %1</source>
        <translation>Simulator: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="136"/>
        <source>Simulator: off</source>
        <translation>Simulator: slået fra</translation>
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
        <translation>Beder %1 om et token…</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="83"/>
        <source>No token.</source>
        <translation>Intet token.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="95"/>
        <source>No token yet: get one with Ctrl+T.</source>
        <translation>Intet token endnu: hent et med Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="96"/>
        <source>Use a profile to get a token.</source>
        <translation>Brug en profil for at hente et token.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="108"/>
        <source>no token</source>
        <translation>intet token</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="111"/>
        <source>expired</source>
        <translation>udløbet</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="118"/>
        <source>expires in %1</source>
        <translation>udløber om %1</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookSecretOffer</name>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="26"/>
        <source>the secret from the answer to the register call</source>
        <translation>hemmeligheden fra svaret på registreringskaldet</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="27"/>
        <source>Webhook secret</source>
        <translation>Webhook-hemmelighed</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="29"/>
        <source>Add the secret of this webhook</source>
        <translation>Tilføj hemmeligheden for denne webhook</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="77"/>
        <source>If webhook %1 was registered elsewhere (another tool, another computer), paste the secret Vipps returned then:</source>
        <translation>Hvis webhook %1 blev registreret et andet sted (et andet værktøj, en anden computer), så indsæt den hemmelighed, Vipps returnerede dengang:</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="101"/>
        <source>The secret of webhook %1 is kept with the profile in use: its next deliveries are checked with it. This one stays as it was checked when it arrived.</source>
        <translation>Hemmeligheden for webhook %1 gemmes med den aktive profil: de næste leveringer kontrolleres med den. Denne forbliver, som den blev kontrolleret, da den ankom.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="140"/>
        <source>Register anyway?</source>
        <translation>Registrere alligevel?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="141"/>
        <source>%1 is already registered for %2.</source>
        <translation>%1 er allerede registreret til %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="143"/>
        <source>Each of those events would then arrive there twice, once per registration. Register anyway?</source>
        <translation>Hver af disse hændelser ville så ankomme dertil to gange, én pr. registrering. Registrere alligevel?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="144"/>
        <source>Register anyway</source>
        <translation>Registrér alligevel</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="157"/>
        <source>Delete webhook</source>
        <translation>Slet webhook</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="158"/>
        <source>Delete the webhook to %1?</source>
        <translation>Vil du slette webhooken til %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="159"/>
        <source>Vipps stops sending %1 there at once, and its secret is forgotten. Id: %2</source>
        <translation>Vipps holder straks op med at sende %1 dertil, og dens hemmelighed glemmes. Id: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="161"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="207"/>
        <source>No profile ready yet</source>
        <translation>Ingen profil klar endnu</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="207"/>
        <source>Reading the keys of profile %1…</source>
        <translation>Læser nøglerne til profilen %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="210"/>
        <source>No profile ready</source>
        <translation>Ingen profil klar</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="211"/>
        <source>Choose or create a profile under Credentials to list and register webhooks.</source>
        <translation>Vælg eller opret en profil under Adgangsoplysninger for at hente og registrere webhooks.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="234"/>
        <source>No profile ready.</source>
        <translation>Ingen profil klar.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="236"/>
        <source>Asking for the webhooks of profile %1…</source>
        <translation>Beder om webhooks for profilen %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="238"/>
        <source>No webhooks are registered for profile %1. Register one (Ctrl+N) to have Vipps send events to this app&apos;s receiver.</source>
        <translation>Der er ingen webhooks registreret for profilen %1. Registrér en (Ctrl+N), så Vipps sender hændelser til denne apps modtager.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="288"/>
        <source>Secret copied to the clipboard</source>
        <translation>Hemmeligheden er kopieret til udklipsholderen</translation>
    </message>
</context>
<context>
    <name>Http::BoundedReply</name>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="69"/>
        <source>no complete answer within %1 (HTTP %2 came, its body did not end)</source>
        <translation>intet fuldstændigt svar inden for %1 (HTTP %2 kom, men indholdet sluttede ikke)</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="71"/>
        <source>no answer within %1</source>
        <translation>intet svar inden for %1</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="73"/>
        <source>the answer was longer than %1 and was not read to its end</source>
        <translation>svaret var længere end %1 og blev ikke læst til ende</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="74"/>
        <source>the request was dropped</source>
        <translation>anmodningen blev kasseret</translation>
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
        <translation>Kan ikke lytte på %1: porten er allerede i brug. Stop det andet program, eller vælg en anden port.</translation>
    </message>
    <message>
        <location filename="../src/core/http/server.cpp" line="32"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Kan ikke lytte på %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/http/server.cpp" line="61"/>
        <source>Too many connections at once; try again shortly.</source>
        <translation>For mange forbindelser på én gang; prøv igen om lidt.</translation>
    </message>
</context>
<context>
    <name>Http::TlsFiles</name>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="49"/>
        <source>%1 holds no private key that can be read (PEM or DER; RSA, EC or DSA).</source>
        <translation>%1 indeholder ingen privat nøgle, der kan læses (PEM eller DER; RSA, EC eller DSA).</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="53"/>
        <source>The key in %1 is encrypted: give its passphrase in the environment variable VIPPS_TLS_KEY_PASSPHRASE.</source>
        <translation>Nøglen i %1 er krypteret: angiv dens adgangsfrase i miljøvariablen VIPPS_TLS_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="56"/>
        <source>The passphrase does not open the key in %1.</source>
        <translation>Adgangsfrasen åbner ikke nøglen i %1.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="62"/>
        <source>The certificate in %1 expired on %2: renew it.</source>
        <translation>Certifikatet i %1 udløb den %2: forny det.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="65"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>Certifikatet i %1 er ikke gyldigt før %2.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="76"/>
        <source>TLS is not available here: Qt found no TLS library (OpenSSL 3).</source>
        <translation>TLS er ikke tilgængelig her: Qt fandt intet TLS-bibliotek (OpenSSL 3).</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="86"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 indeholder intet certifikat (PEM eller DER).</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="14"/>
        <source>Event inspector</source>
        <translation>Hændelsesinspektør</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="20"/>
        <source>Event summary</source>
        <translation>Hændelsesoversigt</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="30"/>
        <source>Request details</source>
        <translation>Anmodningsdetaljer</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="37"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="44"/>
        <source>Verification steps</source>
        <translation>Verifikationstrin</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="63"/>
        <source>1. Content hash: Base64(SHA-256(body))</source>
        <translation>1. Indholdshash: Base64(SHA-256(body))</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="70"/>
        <location filename="../ui/inspectorpanel.ui" line="194"/>
        <source>received</source>
        <translation>modtaget</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="77"/>
        <source>Received content hash</source>
        <translation>Modtaget indholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="84"/>
        <source>Content hash comparison</source>
        <translation>Sammenligning af indholdshash</translation>
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
        <translation>Beregnet indholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="105"/>
        <source>2. String to sign: POST, path and query, then x-ms-date;host;content hash</source>
        <translation>2. Streng til signering: POST, sti og query, derefter x-ms-date;host;indholdshash</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="112"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="119"/>
        <source>Host used</source>
        <translation>Anvendt host</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="126"/>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="133"/>
        <source>Path and query used</source>
        <translation>Anvendt sti og query</translation>
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
        <translation>signeret</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="164"/>
        <source>String to sign</source>
        <translation>Streng til signering</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="177"/>
        <source>↵ marks each line feed (\n); there is none after the last line.</source>
        <translation>↵ markerer hvert linjeskift (\n); der er intet efter sidste linje.</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="187"/>
        <source>3. Signature: Base64(HMAC-SHA256(secret, string to sign))</source>
        <translation>3. Signatur: Base64(HMAC-SHA256(hemmelighed, streng til signering))</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="201"/>
        <source>Received signature</source>
        <translation>Modtaget signatur</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="208"/>
        <source>Signature comparison</source>
        <translation>Sammenligning af signaturer</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="222"/>
        <source>Computed signature</source>
        <translation>Beregnet signatur</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="229"/>
        <source>secret</source>
        <translation>hemmelighed</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="236"/>
        <source>Secret used</source>
        <translation>Anvendt hemmelighed</translation>
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
        <translation>4. Dato: hvor gammel x-ms-date var, da anmodningen kom</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="264"/>
        <source>clock skew</source>
        <translation>urafvigelse</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="271"/>
        <source>Clock skew</source>
        <translation>Urafvigelse</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="278"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="285"/>
        <source>Verification result and reason</source>
        <translation>Verifikationsresultat og årsag</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="307"/>
        <source>Nothing to verify</source>
        <translation>Intet at verificere</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="325"/>
        <source>Headers</source>
        <translation>Headere</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="331"/>
        <source>Headers as received</source>
        <translation>Headere som modtaget</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="356"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="361"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="370"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="376"/>
        <source>Body size and encoding</source>
        <translation>Body: størrelse og kodning</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="386"/>
        <source>Raw body</source>
        <translation>Rå body</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="392"/>
        <source>The body is empty.</source>
        <translation>Body&apos;en er tom.</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="400"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="406"/>
        <source>Body as indented JSON</source>
        <translation>Body som indrykket JSON</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="425"/>
        <location filename="../ui/inspectorpanel.ui" line="431"/>
        <source>Copy body</source>
        <translation>Kopiér body</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="428"/>
        <source>Copy the body exactly as received</source>
        <translation>Kopiér body&apos;en præcis som modtaget</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="438"/>
        <location filename="../ui/inspectorpanel.ui" line="444"/>
        <source>Copy as curl</source>
        <translation>Kopiér som curl</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="441"/>
        <source>Copy a curl command that sends this request again to the receiver on this machine (Ctrl+Alt+C)</source>
        <translation>Kopiér en curl-kommando, der sender denne anmodning igen til modtageren på denne maskine (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="451"/>
        <location filename="../ui/inspectorpanel.ui" line="457"/>
        <source>Copy raw request</source>
        <translation>Kopiér rå anmodning</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="454"/>
        <source>Copy the HTTP request line, headers and body as received</source>
        <translation>Kopiér HTTP-anmodningslinjen, headere og body som modtaget</translation>
    </message>
</context>
<context>
    <name>Journal::Cursor</name>
    <message>
        <location filename="../src/core/journal/cursor.cpp" line="51"/>
        <location filename="../src/core/journal/cursor.cpp" line="227"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Kan ikke læse journalen %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/cursor.cpp" line="79"/>
        <location filename="../src/core/journal/cursor.cpp" line="235"/>
        <source>Reading the journal %1 stopped early: %2.</source>
        <translation>Læsningen af journalen %1 stoppede for tidligt: %2.</translation>
    </message>
</context>
<context>
    <name>Journal::Reader</name>
    <message>
        <location filename="../src/core/journal/reader.cpp" line="48"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Kan ikke læse journalen %1: %2.</translation>
    </message>
</context>
<context>
    <name>Journal::Writer</name>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="41"/>
        <location filename="../src/core/journal/writer.cpp" line="49"/>
        <source>Cannot read the journal %1 to continue its numbering: %2.</source>
        <translation>Kan ikke læse journalen %1 for at fortsætte nummereringen: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="84"/>
        <source>Cannot open the journal %1 for writing: %2. Check that its folder exists and that it may be written to.</source>
        <translation>Kan ikke åbne journalen %1 til skrivning: %2. Kontrollér, at mappen findes, og at der må skrives til den.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="99"/>
        <source>Cannot repair the torn last line of the journal %1: %2.</source>
        <translation>Kan ikke reparere den afbrudte sidste linje i journalen %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="178"/>
        <source>Cannot write to the journal %1: %2. The handler&apos;s answer was not recorded.</source>
        <translation>Kan ikke skrive til journalen %1: %2. Handlerens svar blev ikke registreret.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="188"/>
        <source>The journal is not open.</source>
        <translation>Journalen er ikke åben.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="194"/>
        <location filename="../src/core/journal/writer.cpp" line="270"/>
        <source>Cannot open the journal %1 for writing: %2.</source>
        <translation>Kan ikke åbne journalen %1 til skrivning: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="165"/>
        <source>Cannot write to the journal %1: %2. The request was not recorded; free some space or choose another journal file.</source>
        <translation>Kan ikke skrive til journalen %1: %2. Anmodningen blev ikke gemt; frigør plads eller vælg en anden journalfil.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="253"/>
        <source>Cannot make the journal %1 durable: %2. The requests were not answered as stored; the senders retry.</source>
        <translation>Kan ikke gøre journalen %1 varig: %2. Anmodningerne blev ikke besvaret som gemt; afsenderne prøver igen.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="286"/>
        <source>Cannot write to the journal %1: %2. The requests were not recorded; free some space or choose another journal file.</source>
        <translation>Kan ikke skrive til journalen %1: %2. Anmodningerne blev ikke gemt; frigør plads eller vælg en anden journalfil.</translation>
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
        <translation>&amp;Modtager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="79"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="94"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="99"/>
        <source>Change &amp;port…</source>
        <translation>Skift &amp;port…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="102"/>
        <source>Move the embedded receiver to another port</source>
        <translation>Flyt den indbyggede modtager til en anden port</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>&amp;Accept every delivery</source>
        <translation>&amp;Acceptér alle leveringer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="113"/>
        <source>Answer 200 to every delivery while still recording whether its signature verified</source>
        <translation>Svar 200 på alle leveringer, men registrér stadig, om signaturen blev verificeret</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>&amp;Forward to…</source>
        <translation>&amp;Videresend til…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>Pass every accepted delivery on to your own handler and record what it answers</source>
        <translation>Send hver accepteret levering videre til din egen behandler, og registrér, hvad den svarer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="126"/>
        <source>&amp;Public URL…</source>
        <translation>&amp;Offentlig URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="129"/>
        <source>The address Vipps delivers to through your tunnel: typed, or found from ngrok or cloudflared</source>
        <translation>Adressen, Vipps leverer til gennem din tunnel: indtastet eller fundet via ngrok eller cloudflared</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>&amp;HTTPS…</source>
        <translation>&amp;HTTPS…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="137"/>
        <source>Serve HTTPS with your certificate, for a receiver Vipps reaches directly</source>
        <translation>Server HTTPS med dit certifikat, til en modtager, som Vipps når direkte</translation>
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
        <translation>B&amp;eløb</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="50"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="53"/>
        <source>The amount with two decimals, e.g. 49.00; it is sent in minor units (øre, cents), e.g. 4900</source>
        <translation>Beløbet med to decimaler, f.eks. 49,00; det sendes i mindste enhed (øre, cent), f.eks. 4900</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="69"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="72"/>
        <source>The currency; it must match the sales unit&apos;s market</source>
        <translation>Valutaen; den skal passe til salgsstedets marked</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="79"/>
        <source>Amount as sent</source>
        <translation>Beløb som sendt</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="107"/>
        <source>Amount problem</source>
        <translation>Problem med beløbet</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="117"/>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="129"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="132"/>
        <source>8 to 64 letters, digits and &apos;-&apos;, unique per merchant serial number</source>
        <translation>8 til 64 bogstaver, cifre og &apos;-&apos;, unik pr. merchant serial number</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="139"/>
        <source>Make a new reference</source>
        <translation>Lav en ny reference</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="154"/>
        <source>Reference problem</source>
        <translation>Problem med referencen</translation>
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
        <translation>Vises for brugeren; 3 til 100 tegn eller tom</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="190"/>
        <source>Description problem</source>
        <translation>Problem med beskrivelsen</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="200"/>
        <source>User &amp;flow</source>
        <translation>Brugerf&amp;low</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="210"/>
        <source>User flow</source>
        <translation>Brugerflow</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="213"/>
        <source>WEB_REDIRECT opens the landing page and needs a return URL; PUSH_MESSAGE notifies the phone number; QR returns a QR link</source>
        <translation>WEB_REDIRECT åbner landingssiden og kræver en retur-URL; PUSH_MESSAGE sender en notifikation til telefonnummeret; QR returnerer et QR-link</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="226"/>
        <source>User flow problem</source>
        <translation>Problem med brugerflowet</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="236"/>
        <source>Re&amp;turn URL</source>
        <translation>Retur-&amp;URL</translation>
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
        <translation>Hvor brugeren kommer tilbage til efter landingssiden; kræves til WEB_REDIRECT</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="265"/>
        <source>Return URL problem</source>
        <translation>Problem med retur-URL&apos;en</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="275"/>
        <source>P&amp;hone number</source>
        <translation>&amp;Telefonnummer</translation>
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
        <translation>Kundens nummer, cifre med landekode; kræves til PUSH_MESSAGE og bruges af Godkend</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="304"/>
        <source>Phone number problem</source>
        <translation>Problem med telefonnummeret</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="320"/>
        <source>Other problem</source>
        <translation>Andet problem</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="335"/>
        <source>Cr&amp;eate payment</source>
        <translation>&amp;Opret betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="338"/>
        <location filename="../ui/paymentform.ui" line="383"/>
        <source>Create payment</source>
        <translation>Opret betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="348"/>
        <source>Create and appro&amp;ve</source>
        <translation>Opret og &amp;godkend</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="351"/>
        <source>Create and approve payment</source>
        <translation>Opret og godkend betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="376"/>
        <source>Why a payment cannot be created</source>
        <translation>Hvorfor en betaling ikke kan oprettes</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="386"/>
        <source>Create the payment with the ePayment API (Ctrl+Return)</source>
        <translation>Opret betalingen med ePayment API&apos;et (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="389"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="397"/>
        <source>Create and approve</source>
        <translation>Opret og godkend</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="400"/>
        <source>Create the payment, then approve it as the test user (Ctrl+Shift+Return)</source>
        <translation>Opret betalingen, og godkend den derefter som testbrugeren (Ctrl+Shift+Return)</translation>
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
        <translation>Lav en ny reference (Ctrl+R)</translation>
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
        <translation>Formular til ny betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="71"/>
        <source>Refresh the selected payment</source>
        <translation>Opdatér den valgte betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="81"/>
        <source>Approve the selected payment as the test user</source>
        <translation>Godkend den valgte betaling som testbrugeren</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="91"/>
        <source>Capture the selected payment</source>
        <translation>Hæv den valgte betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="101"/>
        <source>Refund the selected payment</source>
        <translation>Refundér den valgte betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="111"/>
        <source>Cancel the selected payment</source>
        <translation>Annullér den valgte betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="192"/>
        <source>Open the landing page of the selected payment</source>
        <translation>Åbn landingssiden for den valgte betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="134"/>
        <source>Open a payment by its reference</source>
        <translation>Åbn en betaling efter dens reference</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="152"/>
        <source>Why Approve is unavailable</source>
        <translation>Hvorfor Godkend ikke er tilgængelig</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="155"/>
        <source>Approve (force approve) exists only in the simulator and the test environment; approve the payment in the Vipps or MobilePay app instead.</source>
        <translation>Godkend (force approve) findes kun i simulatoren og testmiljøet; godkend i stedet betalingen i Vipps- eller MobilePay-appen.</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="162"/>
        <source>Payments of this profile, made or opened in this session</source>
        <translation>Betalinger for denne profil, oprettet eller åbnet i denne session</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="202"/>
        <source>Landing page address of the selected payment</source>
        <translation>Landingssidens adresse for den valgte betaling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="208"/>
        <source>Select a payment to see its landing page</source>
        <translation>Vælg en betaling for at se dens landingsside</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="215"/>
        <source>Copy the landing page address</source>
        <translation>Kopiér landingssidens adresse</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="230"/>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="254"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="269"/>
        <source>What failed</source>
        <translation>Hvad der mislykkedes</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="282"/>
        <source>Error details</source>
        <translation>Fejldetaljer</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="294"/>
        <source>Dismiss the error</source>
        <translation>Luk fejlen</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="310"/>
        <source>Payment action status</source>
        <translation>Status for betalingshandling</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="320"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="323"/>
        <source>Get the selected payment again from the ePayment API (F5)</source>
        <translation>Hent den valgte betaling igen fra ePayment API&apos;et (F5)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="326"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="334"/>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="337"/>
        <source>Approve the selected payment as the test user, as if in the app (Ctrl+Shift+A)</source>
        <translation>Godkend den valgte betaling som testbrugeren, som i appen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="340"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="348"/>
        <source>Capture…</source>
        <translation>Hæv…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="351"/>
        <source>Capture some or all of what is authorized (Ctrl+Shift+C)</source>
        <translation>Hæv en del af eller hele det autoriserede beløb (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="354"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="362"/>
        <source>Refund…</source>
        <translation>Refundér…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="365"/>
        <source>Refund some or all of what is captured (Ctrl+Shift+R)</source>
        <translation>Refundér en del af eller hele det hævede beløb (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="368"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="376"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="379"/>
        <source>Cancel the selected payment: before approval it ends as TERMINATED, after it the uncaptured rest is released (Ctrl+Shift+X)</source>
        <translation>Annullér den valgte betaling: før godkendelse ender den som TERMINATED, efter godkendelse frigives den del, der ikke er hævet (Ctrl+Shift+X)</translation>
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
        <translation>Åbn landingssiden for den valgte betaling i browseren for at godkende eller afvise den som kunden (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="396"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="404"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="407"/>
        <source>Copy the landing page&apos;s address, to open it in any browser</source>
        <translation>Kopiér landingssidens adresse for at åbne den i en vilkårlig browser</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="412"/>
        <source>Open…</source>
        <translation>Åbn…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="415"/>
        <source>Get a payment by its reference and add it to the list, e.g. one made with another profile or before the app started</source>
        <translation>Hent en betaling efter dens reference og føj den til listen, f.eks. en oprettet med en anden profil eller før appen startede</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="420"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="423"/>
        <source>Hide the error</source>
        <translation>Skjul fejlen</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="14"/>
        <source>Profile editor</source>
        <translation>Profileditor</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="30"/>
        <source>What this profile is called here and on the command line (--profile NAME)</source>
        <translation>Hvad profilen hedder her og på kommandolinjen (--profile NAME)</translation>
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
        <translation>M&amp;iljø:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="60"/>
        <source>Where this profile&apos;s calls go: the built-in simulator, Vipps&apos; test or production servers, or an address you give</source>
        <translation>Hvor profilens kald går hen: den indbyggede simulator, Vipps&apos; test- eller produktionsservere eller en adresse, du angiver</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="63"/>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="70"/>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="82"/>
        <source>The address the API calls go to, for example http://127.0.0.1:8079</source>
        <translation>Adressen, som API-kaldene går til, for eksempel http://127.0.0.1:8079</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="85"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="92"/>
        <source>Fixed base URL of this environment</source>
        <translation>Fast basis-URL for dette miljø</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="104"/>
        <source>Problem with the base URL</source>
        <translation>Problem med basis-URL&apos;en</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="114"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="124"/>
        <source>client_id from the API keys of the sales unit in the business portal</source>
        <translation>client_id fra salgsstedets API-nøgler i erhvervsportalen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="127"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="134"/>
        <source>Problem with the client ID</source>
        <translation>Problem med client ID</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="144"/>
        <source>&amp;MSN:</source>
        <translation>M&amp;SN:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="154"/>
        <source>Merchant-Serial-Number: the 4 to 10 digits of the sales unit</source>
        <translation>Merchant-Serial-Number: salgsstedets 4 til 10 cifre</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="157"/>
        <source>Merchant serial number</source>
        <translation>Merchant serial number</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="164"/>
        <source>Problem with the merchant serial number</source>
        <translation>Problem med merchant serial number</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="174"/>
        <source>&amp;Partner keys (the MSN may be left empty)</source>
        <translation>&amp;Partnernøgler (MSN kan være tomt)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="177"/>
        <source>Partner mode</source>
        <translation>Partnertilstand</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="184"/>
        <source>Client &amp;secret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="196"/>
        <source>client_secret of the sales unit; kept in the keychain, never in the settings file</source>
        <translation>client_secret for salgsstedet; gemmes i nøgleringen, aldrig i indstillingsfilen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="199"/>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="209"/>
        <source>Show or hide the client secret as typed</source>
        <translation>Vis eller skjul client secret, som den er indtastet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="212"/>
        <source>Show the client secret</source>
        <translation>Vis client secret</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="224"/>
        <source>Where the client secret is kept</source>
        <translation>Hvor client secret opbevares</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="234"/>
        <source>S&amp;ubscription key:</source>
        <translation>Ab&amp;onnementsnøgle:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="246"/>
        <source>Ocp-Apim-Subscription-Key (primary or secondary); kept in the keychain, never in the settings file</source>
        <translation>Ocp-Apim-Subscription-Key (primær eller sekundær); gemmes i nøgleringen, aldrig i indstillingsfilen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="249"/>
        <source>Subscription key</source>
        <translation>Abonnementsnøgle</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="259"/>
        <source>Show or hide the subscription key as typed</source>
        <translation>Vis eller skjul abonnementsnøglen, som den er indtastet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="262"/>
        <source>Show the subscription key</source>
        <translation>Vis abonnementsnøglen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="274"/>
        <source>Where the subscription key is kept</source>
        <translation>Hvor abonnementsnøglen opbevares</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="284"/>
        <source>Problem with the keys</source>
        <translation>Problem med nøglerne</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="294"/>
        <source>&amp;Advanced: Vipps-System headers</source>
        <translation>Avance&amp;ret: Vipps-System-headere</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="297"/>
        <source>The four Vipps-System-* headers sent with every call; Vipps support traces requests by them</source>
        <translation>De fire Vipps-System-*-headere, der sendes med hvert kald; Vipps&apos; support sporer anmodninger ud fra dem</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="300"/>
        <source>Show the advanced settings</source>
        <translation>Vis de avancerede indstillinger</translation>
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
        <translation>Vipps-System-Name: navnet på din løsning, højst 30 tegn</translation>
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
        <translation>Sys&amp;temversion:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="368"/>
        <source>Vipps-System-Version: the version of your solution, at most 30 characters</source>
        <translation>Vipps-System-Version: versionen af din løsning, højst 30 tegn</translation>
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
        <translation>P&amp;luginnavn:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="398"/>
        <source>Vipps-System-Plugin-Name: the plugin or integration, at most 30 characters</source>
        <translation>Vipps-System-Plugin-Name: pluginet eller integrationen, højst 30 tegn</translation>
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
        <translation>Plu&amp;ginversion:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="428"/>
        <source>Vipps-System-Plugin-Version: the version of the plugin, at most 30 characters</source>
        <translation>Vipps-System-Plugin-Version: pluginets version, højst 30 tegn</translation>
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
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="22"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annullér</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="23"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="24"/>
        <source>Close without Saving</source>
        <translation>Luk uden at gemme</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="15"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="16"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="19"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
</context>
<context>
    <name>QuickStartPanel</name>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="14"/>
        <source>Quick start</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="30"/>
        <source>Quick start progress</source>
        <translation>Fremskridt for Kom i gang</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="36"/>
        <source>%v of %m steps done</source>
        <translation>%v af %m trin udført</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="50"/>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
    </message>
</context>
<context>
    <name>Receiver::ForwardRoute</name>
    <message>
        <location filename="../src/core/receiver/forwardroute.cpp" line="44"/>
        <source>No URL given: give URL or EVENT-TYPE=URL, e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.</source>
        <translation>Ingen URL angivet: angiv URL eller EVENT-TYPE=URL, f.eks. epayments.payment.captured.v1=http://localhost:3000/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/forwardroute.cpp" line="51"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host: give URL or EVENT-TYPE=URL, e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.</source>
        <translation>&apos;%1&apos; er ikke en http(s)-URL med vært: angiv URL eller EVENT-TYPE=URL, f.eks. epayments.payment.captured.v1=http://localhost:3000/vipps.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverHost</name>
    <message>
        <location filename="../src/core/receiver/receiverhost.cpp" line="77"/>
        <source>the journal %1 holds whole requests and other users may read it (mode %2); &apos;chmod 600 %1&apos; makes it private.</source>
        <translation>journalen %1 indeholder hele anmodninger, og andre brugere kan læse den (tilstand %2); &apos;chmod 600 %1&apos; gør den privat.</translation>
    </message>
</context>
<context>
    <name>Receiver::WebhookHandler</name>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="77"/>
        <source>Use GET on /healthz.</source>
        <translation>Brug GET på /healthz.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="85"/>
        <source>Vipps delivers webhooks with POST; %1 is not accepted here.</source>
        <translation>Vipps leverer webhooks med POST; %1 accepteres ikke her.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="120"/>
        <source>Webhook signature %1</source>
        <translation>Webhook-signatur: %1</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="148"/>
        <source>The delivery could not be stored; retry later.</source>
        <translation>Leveringen kunne ikke gemmes; prøv igen senere.</translation>
    </message>
</context>
<context>
    <name>RegisterWebhookDialog</name>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="14"/>
        <location filename="../ui/registerwebhookdialog.ui" line="17"/>
        <source>Register webhook</source>
        <translation>Registrér webhook</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="23"/>
        <source>Vipps sends the chosen events to this URL, each signed with a secret that it returns once, now.</source>
        <translation>Vipps sender de valgte hændelser til denne URL, hver signeret med en hemmelighed, som Vipps returnerer én gang: nu.</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="35"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="45"/>
        <source>Where Vipps delivers the events: this app&apos;s receiver, or the public https:// URL of a tunnel to it</source>
        <translation>Hvor Vipps leverer hændelserne: denne apps modtager eller den offentlige https://-URL for en tunnel til den</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="48"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="74"/>
        <source>About the URL</source>
        <translation>Om URL&apos;en</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="77"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach (a tunnel for this machine). The local simulator also accepts http:// for this machine (127.0.0.1 or localhost).</source>
        <translation>Vipps kræver https:// i produktion og test på en adresse, der kan nås fra internettet (en tunnel til denne maskine). Den lokale simulator accepterer også http:// til denne maskine (127.0.0.1 eller localhost).</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="105"/>
        <source>&amp;Events to send:</source>
        <translation>&amp;Hændelser, der skal sendes:</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="115"/>
        <source>Check the event types to receive; a group&apos;s box checks all of its events (Space toggles the current row)</source>
        <translation>Markér de hændelsestyper, der skal modtages; en gruppes afkrydsningsfelt markerer alle dens hændelser (mellemrum skifter den aktuelle række)</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="118"/>
        <source>Event types</source>
        <translation>Hændelsestyper</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="131"/>
        <source>Event type</source>
        <translation>Hændelsestype</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="136"/>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="156"/>
        <source>Input check</source>
        <translation>Inputkontrol</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="14"/>
        <source>Outgoing requests</source>
        <translation>Udgående anmodninger</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="36"/>
        <source>API calls made by this app</source>
        <translation>API-kald foretaget af denne app</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="68"/>
        <source>Selected call: problem details and curl command</source>
        <translation>Valgt kald: problemdetaljer og curl-kommando</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="77"/>
        <source>Select a call to see its problem details and the equivalent curl command. Secrets show as $VIPPS_… variables.</source>
        <translation>Vælg et kald for at se dets problemdetaljer og den tilsvarende curl-kommando. Hemmeligheder vises som $VIPPS_…-variabler.</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="86"/>
        <source>Copy as curl</source>
        <translation>Kopiér som curl</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="89"/>
        <source>Copy the selected call as a curl command; secrets are $VIPPS_… variables</source>
        <translation>Kopiér det valgte kald som en curl-kommando; hemmeligheder er $VIPPS_…-variabler</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="96"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
</context>
<context>
    <name>Signature::Phrase</name>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="70"/>
        <source>the signature matches %1 for host &quot;%2&quot;, but this receiver used &quot;%3&quot;: only the port differs. Vipps signs the registered URL&apos;s host, with &quot;:port&quot; only when the port is not the scheme default (443 for https); give this receiver the URL exactly as registered</source>
        <translation>signaturen matcher %1 for host &quot;%2&quot;, men denne modtager brugte &quot;%3&quot;: kun porten er forskellig. Vipps signerer den registrerede URL&apos;s host, med &quot;:port&quot; kun når porten ikke er skemaets standardport (443 for https); giv denne modtager URL&apos;en præcis som registreret</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="75"/>
        <source>the signature matches %1 for host &quot;%2&quot; from the Host header, not &quot;%3&quot; from the public or registered URL: check that the URL given to this receiver is the one registered with Vipps</source>
        <translation>signaturen matcher %1 for host &quot;%2&quot; fra Host-headeren, ikke &quot;%3&quot; fra den offentlige eller registrerede URL: kontrollér, at den URL, denne modtager har fået, er den, der er registreret hos Vipps</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="78"/>
        <source>the signature matches %1 for host &quot;%2&quot; from X-Forwarded-Host, not &quot;%3&quot; from the Host header: the request came through a proxy or tunnel; start the receiver with --public-url set to the URL registered with Vipps (https://%2...)</source>
        <translation>signaturen matcher %1 for host &quot;%2&quot; fra X-Forwarded-Host, ikke &quot;%3&quot; fra Host-headeren: anmodningen kom gennem en proxy eller tunnel; start modtageren med --public-url sat til den URL, der er registreret hos Vipps (https://%2...)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="149"/>
        <source>the signature matches %1 for path &quot;%2&quot; as received in the request, not &quot;%3&quot; from the registered URL: the registered URL&apos;s path differs from where the delivery arrived</source>
        <translation>signaturen matcher %1 for stien &quot;%2&quot;, som den blev modtaget i anmodningen, ikke &quot;%3&quot; fra den registrerede URL: stien i den registrerede URL er en anden end den, leveringen ankom til</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="153"/>
        <source>the signature matches %1 for path &quot;%2&quot; without the query string, not &quot;%3&quot;: the signer dropped the query; Vipps signs the path and query of the registered URL</source>
        <translation>signaturen matcher %1 for stien &quot;%2&quot; uden query-strengen, ikke &quot;%3&quot;: den, der signerede, udelod queryen; Vipps signerer stien og queryen i den registrerede URL</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="157"/>
        <source>the signature matches %1 for path &quot;%2&quot;, not &quot;%3&quot;: the signer left out the path; Vipps signs the path and query of the registered URL</source>
        <translation>signaturen matcher %1 for stien &quot;%2&quot;, ikke &quot;%3&quot;: den, der signerede, udelod stien; Vipps signerer stien og queryen i den registrerede URL</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="161"/>
        <source>the signature matches %1 for path &quot;%2&quot;, not &quot;%3&quot;: a trailing slash differs; Vipps signs the URL exactly as registered</source>
        <translation>signaturen matcher %1 for stien &quot;%2&quot;, ikke &quot;%3&quot;: en afsluttende skråstreg er forskellig; Vipps signerer URL&apos;en præcis som registreret</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="165"/>
        <source>the signature matches %1 for the percent-decoded path &quot;%2&quot;, not &quot;%3&quot;: Vipps signs the path as encoded in the registered URL</source>
        <translation>signaturen matcher %1 for den procentdekodede sti &quot;%2&quot;, ikke &quot;%3&quot;: Vipps signerer stien, som den er kodet i den registrerede URL</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="195"/>
        <source>the signature matches %1 only when the secret is base64-decoded first: the signer decoded the secret before using it as the HMAC key. Vipps uses the UTF-8 bytes of the secret string exactly as returned at registration</source>
        <translation>signaturen matcher %1 kun, når hemmeligheden først base64-dekodes: den, der signerede, dekodede hemmeligheden, før den blev brugt som HMAC-nøgle. Vipps bruger hemmelighedsstrengens UTF-8-bytes præcis, som strengen blev returneret ved registreringen</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="208"/>
        <source>the signature matches %1 when the string to sign is joined with CRLF: Vipps separates its lines with a single LF (\n)</source>
        <translation>signaturen matcher %1, når strengen til signering sammensættes med CRLF: Vipps adskiller sine linjer med et enkelt LF (\n)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="213"/>
        <source>the signature matches %1 when the string to sign ends with a newline: Vipps adds no trailing newline</source>
        <translation>signaturen matcher %1, når strengen til signering slutter med et linjeskift: Vipps tilføjer intet afsluttende linjeskift</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="230"/>
        <source>the signature matches %1 but uses the URL-safe base64 alphabet: Vipps uses standard base64 with padding</source>
        <translation>signaturen matcher %1, men bruger det URL-sikre base64-alfabet: Vipps bruger standard-base64 med padding</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="234"/>
        <source>the signature matches %1 but is written in hex: Vipps sends it in base64</source>
        <translation>signaturen matcher %1, men er skrevet i hex: Vipps sender den i base64</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="237"/>
        <source>the signature matches %1 but lacks its trailing &quot;=&quot;: Vipps uses standard base64 with padding</source>
        <translation>signaturen matcher %1, men mangler sit afsluttende &quot;=&quot;: Vipps bruger standard-base64 med padding</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="268"/>
        <source>the signature was made with a secret this receiver does not know (%1 tried), or for a different URL than %2%3: check the secret returned when the webhook was registered and the registered URL</source>
        <extracomment>%1 counts the secrets tried; %2%3 is the URL, its host and its path.</extracomment>
        <translation>signaturen blev lavet med en hemmelighed, som denne modtager ikke kender (prøvede hemmeligheder: %1), eller til en anden URL end %2%3: kontrollér den hemmelighed, der blev returneret, da webhooken blev registreret, og den registrerede URL</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="296"/>
        <source>the delivery is for webhook %1, whose secret this app does not hold, and no secret it holds matches (%2 tried): add the secret Vipps returned when this webhook was registered (Add the secret of this webhook), or register the webhook in this app</source>
        <extracomment>&quot;Add the secret of this webhook&quot; is the inspector&apos;s button.</extracomment>
        <translation>leveringen er til webhook %1, hvis hemmelighed denne app ikke har, og ingen af de hemmeligheder, den har, matcher (prøvede hemmeligheder: %2): tilføj den hemmelighed, Vipps returnerede, da denne webhook blev registreret (Tilføj hemmeligheden for denne webhook), eller registrér webhooken i denne app</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="302"/>
        <source>the delivery is for webhook %1, whose secret this receiver does not know, and no known secret matches (%2 tried): register the webhook through this tool or pass --webhook-id %1=SECRET</source>
        <translation>leveringen er til webhook %1, hvis hemmelighed denne modtager ikke kender, og ingen kendt hemmelighed matcher (prøvede hemmeligheder: %2): registrér webhooken med dette værktøj, eller angiv --webhook-id %1=SECRET</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="312"/>
        <source>this app holds no webhook secret for the profile in use: register the webhook in the Webhooks tab, or add the secret Vipps returned when it was registered elsewhere</source>
        <translation>denne app har ingen webhook-hemmelighed for den aktive profil: registrér webhooken under fanen Webhooks, eller tilføj den hemmelighed, Vipps returnerede, da den blev registreret et andet sted</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="317"/>
        <source>no webhook secret is known; register the webhook through this tool or pass --secret</source>
        <translation>ingen webhook-hemmelighed er kendt; registrér webhooken med dette værktøj, eller angiv --secret</translation>
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
        <translation>hemmelighed nr. %1</translation>
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
        <translation>en %1-header med HMAC-SHA256 uden Signature=-del</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="64"/>
        <source>an %1 header that is not of the HMAC-SHA256 scheme</source>
        <translation>en %1-header, der ikke bruger HMAC-SHA256-skemaet</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="66"/>
        <source>an %1 header with the %2 scheme instead of HMAC-SHA256</source>
        <translation>en %1-header med skemaet %2 i stedet for HMAC-SHA256</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="74"/>
        <source>the request is not signed: it has %1 and %2. Vipps signs every delivery with HMAC-SHA256 in Authorization and X-Vipps-Authorization; some proxies strip Authorization</source>
        <extracomment>%1 and %2 each say what is wrong with one header, e.g. &quot;no Authorization header&quot;.</extracomment>
        <translation>anmodningen er ikke signeret: den har %1 og %2. Vipps signerer hver levering med HMAC-SHA256 i Authorization og X-Vipps-Authorization; nogle proxyer fjerner Authorization</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="131"/>
        <source>the request has no x-ms-content-sha256 header: Vipps always sends the base64 SHA-256 of the body in it, so this was not signed the Vipps way</source>
        <translation>anmodningen har ingen x-ms-content-sha256-header: Vipps sender altid body&apos;ens SHA-256 som base64 i den, så den er ikke signeret, sådan som Vipps gør det</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="138"/>
        <source>x-ms-content-sha256 is the SHA-256 of the body in hex: Vipps sends it in base64</source>
        <translation>x-ms-content-sha256 er body&apos;ens SHA-256 i hex: Vipps sender den i base64</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="142"/>
        <source>the body differs from what was signed (x-ms-content-sha256 does not match): something between Vipps and you changed the body, or the signer hashed different bytes</source>
        <translation>body&apos;en afviger fra det, der blev signeret (x-ms-content-sha256 matcher ikke): noget mellem Vipps og dig ændrede body&apos;en, eller den, der signerede, hashede andre bytes</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="187"/>
        <source>signature matches %1, not %2 that Webhook-Id %3 names</source>
        <translation>signaturen matcher %1, ikke %2, som Webhook-Id %3 angiver</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="191"/>
        <source>signature matches %1 (Webhook-Id %2 names no known secret)</source>
        <translation>signaturen matcher %1 (Webhook-Id %2 angiver ingen kendt hemmelighed)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="193"/>
        <source>signature matches %1</source>
        <translation>signaturen matcher %1</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="200"/>
        <source>x-ms-date is %1 s in the past; allowed skew is %2 s: check the clocks, or this is a replay (the %3)</source>
        <translation>x-ms-date ligger %1 s tilbage i tiden; tilladt afvigelse er %2 s: kontrollér urene, eller også er det en gentaget anmodning (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="204"/>
        <source>x-ms-date is %1 s in the future; allowed skew is %2 s: check the clocks of this machine and of the sender (the %3)</source>
        <translation>x-ms-date ligger %1 s frem i tiden; tilladt afvigelse er %2 s: kontrollér urene på denne maskine og hos afsenderen (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="215"/>
        <source>x-ms-date &quot;%1&quot; is not an RFC 1123 date such as &quot;Thu, 30 Mar 2023 08:38:32 GMT&quot;, so its age cannot be checked (the %2)</source>
        <translation>x-ms-date &quot;%1&quot; er ikke en RFC 1123-dato som for eksempel &quot;Thu, 30 Mar 2023 08:38:32 GMT&quot;, så dens alder kan ikke kontrolleres (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="273"/>
        <source>the request has no x-ms-date header: Vipps signs the send time in it, so the signature cannot be checked</source>
        <translation>anmodningen har ingen x-ms-date-header: Vipps signerer afsendelsestidspunktet i den, så signaturen kan ikke kontrolleres</translation>
    </message>
</context>
<context>
    <name>Sim::LandingPage</name>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="90"/>
        <source>Approve the payment to pay, or reject it.</source>
        <translation>Godkend betalingen for at betale, eller afvis den.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="92"/>
        <source>You approved this payment. The merchant can now capture it.</source>
        <translation>Du godkendte denne betaling. Forretningen kan nu hæve den.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="95"/>
        <source>You rejected this payment. No money was reserved.</source>
        <translation>Du afviste denne betaling. Der blev ikke reserveret nogen penge.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="97"/>
        <source>This payment expired: it was not approved in time.</source>
        <translation>Denne betaling er udløbet: den blev ikke godkendt i tide.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="99"/>
        <source>The merchant cancelled this payment before it was approved.</source>
        <translation>Forretningen annullerede denne betaling, før den blev godkendt.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="147"/>
        <source>Local Vipps simulator: this is not the real Vipps, and no money moves. Use it to test your shop.</source>
        <translation>Lokal Vipps-simulator: dette er ikke den rigtige Vipps, og ingen penge flyttes. Brug den til at teste din butik.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="177"/>
        <source>Payment link not valid</source>
        <translation>Betalingslinket er ikke gyldigt</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="178"/>
        <source>This payment link is not valid, or the payment is no longer in the simulator&apos;s memory (it keeps payments only while it runs). Start a new payment from the shop.</source>
        <translation>Dette betalingslink er ikke gyldigt, eller betalingen er ikke længere i simulatorens hukommelse (den gemmer kun betalinger, mens den kører). Start en ny betaling fra butikken.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="187"/>
        <source>Method not allowed</source>
        <translation>Metoden er ikke tilladt</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="188"/>
        <source>This address accepts only %1 requests.</source>
        <translation>Denne adresse accepterer kun %1-anmodninger.</translation>
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
        <translation>Forretning (MSN)</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="208"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="209"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="226"/>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="228"/>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="235"/>
        <source>Back to the shop</source>
        <translation>Tilbage til butikken</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="246"/>
        <source>Payment to %1</source>
        <translation>Betaling til %1</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="289"/>
        <source>Page not found</source>
        <translation>Siden blev ikke fundet</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="290"/>
        <source>The simulator&apos;s landing page has no such address.</source>
        <translation>Simulatorens landingsside har ingen sådan adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="294"/>
        <location filename="../src/core/sim/landingpage.cpp" line="336"/>
        <source>Form not understood</source>
        <translation>Formularen blev ikke forstået</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="295"/>
        <source>Send the form as %1.</source>
        <translation>Send formularen som %1.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="329"/>
        <source>Form too large</source>
        <translation>Formularen er for stor</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="330"/>
        <source>The form may be at most %1 bytes; it needs only the token.</source>
        <translation>Formularen må højst være på %1 byte; den skal kun indeholde tokenet.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="337"/>
        <source>The form must carry exactly one token field.</source>
        <translation>Formularen skal indeholde præcis ét token-felt.</translation>
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
        <translation>et værtsnavn for hurtigtunnelen, der ikke er et værtsnavn</translation>
    </message>
</context>
<context>
    <name>Tunnel::TunnelChoice</name>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="23"/>
        <source>Start one with &apos;%1&apos; or &apos;%2&apos;.</source>
        <translation>Start en med »%1« eller »%2«.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="33"/>
        <source>%1 cloudflared quick tunnels run and cloudflared does not say which one forwards to port %2: give the public URL yourself.</source>
        <translation>%1 cloudflared-hurtigtunneler kører, og cloudflared siger ikke, hvilken der videresender til port %2: angiv selv den offentlige URL.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="42"/>
        <source>ngrok&apos;s tunnel to port %1 is %2, not HTTPS, and Vipps calls only HTTPS addresses. %3</source>
        <translation>ngrok-tunnelen til port %1 er %2, ikke HTTPS, og Vipps kalder kun HTTPS-adresser. %3</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="50"/>
        <source>ngrok runs, but forwards %1 to %2, not to this receiver&apos;s port %3. %4</source>
        <translation>ngrok kører, men videresender %1 til %2, ikke til denne modtagers port %3. %4</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="55"/>
        <source>No tunnel to port %1 was found. %2</source>
        <translation>Der blev ikke fundet nogen tunnel til port %1. %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="76"/>
        <source>cloudflared does not say where its quick tunnel forwards: it should have been started with &apos;%1&apos;.</source>
        <translation>cloudflared siger ikke, hvor hurtigtunnelen videresender til: den skal være startet med »%1«.</translation>
    </message>
</context>
<context>
    <name>Tunnel::TunnelFinder</name>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="95"/>
        <source>%1 at %2 answered %3.</source>
        <translation>%1 på %2 svarede %3.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="99"/>
        <source>No %1 agent answered at %2 (%3).</source>
        <translation>Ingen %1-agent svarede på %2 (%3).</translation>
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
        <translation>svarede %1 på %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="37"/>
        <source>%1, a redirect to %2: Vipps does not follow redirects; register the address it points to instead</source>
        <translation>%1, en omdirigering til %2: Vipps følger ikke omdirigeringer; registrér i stedet den adresse, den peger på</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="50"/>
        <source>reachable: %1, as a handler that checks signatures should to this test, signed with a secret it cannot know (this app&apos;s receiver too: it learns the secret when the webhook is registered)</source>
        <translation>tilgængelig: %1, sådan som en behandler, der tjekker signaturer, skal svare på denne test, signeret med en hemmelighed, den ikke kan kende (også denne apps modtager: den får hemmeligheden, når webhooken registreres)</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="57"/>
        <source>reachable, but %1: nothing is at that path; is it the right one?</source>
        <translation>tilgængelig, men %1: der er intet på den sti; er det den rigtige?</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="61"/>
        <source>reachable, but %1: a tunnel or proxy answered for a handler that may not be running</source>
        <translation>tilgængelig, men %1: en tunnel eller proxy svarede for en behandler, der måske ikke kører</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="66"/>
        <source>reachable: %1 (a handler that checks signatures would have refused this test, signed with a secret it cannot know)</source>
        <translation>tilgængelig: %1 (en behandler, der tjekker signaturer, ville have afvist denne test, signeret med en hemmelighed, den ikke kan kende)</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="71"/>
        <source>reachable: %1</source>
        <translation>tilgængelig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="99"/>
        <source>not an absolute URL with a host</source>
        <translation>ikke en absolut URL med vært</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="106"/>
        <source>not tried: the URL breaks a rule above</source>
        <translation>ikke forsøgt: URL&apos;en bryder en regel ovenfor</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="120"/>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 blev ikke slået op inden for %2 s</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="123"/>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="138"/>
        <source>not tried: the name does not resolve</source>
        <translation>ikke forsøgt: navnet kan ikke slås op</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="136"/>
        <source>%1 does not resolve: %2</source>
        <translation>%1 kan ikke slås op: %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="144"/>
        <source>not tried: Vipps could not reach it anyway</source>
        <translation>ikke forsøgt: Vipps kunne alligevel ikke nå den</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="171"/>
        <source>not reachable: %1</source>
        <translation>ikke tilgængelig: %1</translation>
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
        <translation>http: den lokale simulator leverer dertil; Vipps ville ikke</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="52"/>
        <source>%1: Vipps calls only HTTPS URLs. Put a tunnel in front of the receiver (&apos;vipps-hooks tunnel&apos; finds it) and register its https address.</source>
        <translation>%1: Vipps kalder kun HTTPS-URL&apos;er. Sæt en tunnel foran modtageren (»vipps-hooks tunnel« finder den), og registrér dens https-adresse.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="62"/>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="63"/>
        <source>port %1: Vipps may not call it; to be safe use 443, 80 or 8080</source>
        <translation>port %1: Vipps kalder den måske ikke; brug 443, 80 eller 8080 for en sikkerheds skyld</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="71"/>
        <source>%1 resolves to %2</source>
        <translation>%1 slås op til %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="79"/>
        <source>%1: this machine, which Vipps cannot reach. Use a tunnel&apos;s public address (&apos;vipps-hooks tunnel&apos;).</source>
        <translation>%1: denne maskine, som Vipps ikke kan nå. Brug en tunnels offentlige adresse (»vipps-hooks tunnel«).</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="84"/>
        <source>%1: a private network address, which Vipps cannot reach from the internet</source>
        <translation>%1: en privat netværksadresse, som Vipps ikke kan nå fra internettet</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <location filename="../ui/webhookspanel.ui" line="14"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="34"/>
        <source>Refresh the webhook list</source>
        <translation>Opdatér webhooklisten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="44"/>
        <source>Register a webhook</source>
        <translation>Registrér en webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="54"/>
        <source>Delete the selected webhook</source>
        <translation>Slet den valgte webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="71"/>
        <source>Webhook list status</source>
        <translation>Status for webhooklisten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="80"/>
        <source>Webhook message</source>
        <translation>Webhook-besked</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="106"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="119"/>
        <source>Message details</source>
        <translation>Beskeddetaljer</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="134"/>
        <source>Hide this message</source>
        <translation>Skjul denne besked</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="137"/>
        <source>Dismiss the message</source>
        <translation>Luk beskeden</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="140"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="150"/>
        <source>Webhook registered</source>
        <translation>Webhook registreret</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="153"/>
        <source>New webhook and its secret</source>
        <translation>Ny webhook og dens hemmelighed</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="159"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="166"/>
        <source>New webhook id</source>
        <translation>Id for ny webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="176"/>
        <source>&amp;Secret:</source>
        <translation>H&amp;emmelighed:</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="186"/>
        <source>New webhook secret</source>
        <translation>Hemmelighed for ny webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="196"/>
        <source>&amp;Copy secret</source>
        <translation>K&amp;opiér hemmelighed</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="199"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Kopiér hemmeligheden til udklipsholderen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="213"/>
        <source>Hide the secret; it cannot be shown again</source>
        <translation>Skjul hemmeligheden; den kan ikke vises igen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="216"/>
        <source>Hide the secret</source>
        <translation>Skjul hemmeligheden</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="219"/>
        <source>&amp;Done</source>
        <translation>Fær&amp;dig</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="231"/>
        <source>Registered webhooks</source>
        <translation>Registrerede webhooks</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="268"/>
        <source>Webhook list hint</source>
        <translation>Tip til webhooklisten</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="289"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="292"/>
        <source>List the webhooks registered for this profile again (F5)</source>
        <translation>Hent listen over webhooks registreret for denne profil igen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="295"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="303"/>
        <source>Register…</source>
        <translation>Registrér…</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="306"/>
        <source>Register a webhook: a URL and the events Vipps sends to it (Ctrl+N)</source>
        <translation>Registrér en webhook: en URL og de hændelser, Vipps sender til den (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="309"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="317"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="320"/>
        <source>Delete the selected webhook at Vipps (Delete)</source>
        <translation>Slet den valgte webhook hos Vipps (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="323"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="331"/>
        <source>Copy id</source>
        <translation>Kopiér id</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="334"/>
        <source>Copy the selected webhook&apos;s id (Ctrl+C)</source>
        <translation>Kopiér den valgte webhooks id (Ctrl+C)</translation>
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
        <translation>annulleret: webhooken blev slettet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="120"/>
        <source>none: dropped after 1 attempt</source>
        <translation>ingen: opgivet efter 1 forsøg</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="121"/>
        <source>none: dropped after %n attempts</source>
        <translation>
            <numerusform>ingen: opgivet efter %n forsøg</numerusform>
            <numerusform>ingen: opgivet efter %n forsøg</numerusform>
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
        <translation>Svarede %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="134"/>
        <source>Next retry: %1</source>
        <translation>Næste forsøg: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="156"/>
        <source>The simulator in this app retries a failed delivery on a short schedule, then drops it; Vipps retries for days.</source>
        <translation>Simulatoren i denne app prøver en mislykket levering igen efter en kort plan og opgiver den så; Vipps prøver igen i flere dage.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="161"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="162"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="163"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="164"/>
        <source>Attempt</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="165"/>
        <source>Status or error</source>
        <translation>Status eller fejl</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="166"/>
        <source>Next retry</source>
        <translation>Næste forsøg</translation>
    </message>
</context>
<context>
    <name>Workbench::Forwarding</name>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="34"/>
        <source>&apos;%1&apos; is not a known event type, e.g. epayments.payment.captured.v1 or captured.</source>
        <translation>»%1« er ikke en kendt hændelsestype, f.eks. epayments.payment.captured.v1 eller captured.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="37"/>
        <source>The URL must not contain a user name or password: it is kept in the settings file. Remove the part before &quot;@&quot;.</source>
        <translation>URL&apos;en må ikke indeholde brugernavn eller adgangskode: den gemmes i indstillingsfilen. Fjern delen før »@«.</translation>
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
        <translation>%1 indeholder ingen webhook-levering (en POST-forespørgsel med indhold).</translation>
    </message>
</context>
<context>
    <name>Workbench::PackPlan</name>
    <message>
        <location filename="../src/core/workbench/packplan.cpp" line="46"/>
        <source>no event #%1 among those chosen.</source>
        <translation>ingen hændelse #%1 blandt de valgte.</translation>
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
        <translation>Hændelse</translation>
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
        <translation>kører</translation>
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
        <translation>ikke kørt</translation>
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
        <translation>Behandlerens URL skal være en http(s)-URL med en vært og uden brugernavn, f.eks. http://localhost:3000/webhooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="76"/>
        <source>No handler answered: %1. The other steps were not sent.</source>
        <translation>Ingen behandler svarede: %1. De øvrige trin blev ikke sendt.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="79"/>
        <source>All %1 steps passed.</source>
        <translation>Alle %1 trin bestod.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="80"/>
        <source>%1 of %2 steps passed, %3 failed.</source>
        <translation>%1 af %2 trin bestod, %3 fejlede.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="82"/>
        <source>Stopped after %1 of %2 steps.</source>
        <translation>Stoppede efter %1 af %2 trin.</translation>
    </message>
</context>
<context>
    <name>Workbench::PaymentActions</name>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="52"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="75"/>
        <source>Create payment %1</source>
        <translation>Opret betaling %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="58"/>
        <source>Create a payment of %1 with reference %2</source>
        <translation>Opret en betaling på %1 med referencen %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="62"/>
        <source>Creating %1…</source>
        <translation>Opretter %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="80"/>
        <source>Created %1.</source>
        <translation>%1 er oprettet.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="92"/>
        <source>Approve %1</source>
        <translation>Godkend %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="95"/>
        <source>Approve (force approve) exists only in the simulator and the test environment; approve the payment in the Vipps or MobilePay app instead.</source>
        <translation>Godkend (force approve) findes kun i simulatoren og testmiljøet; godkend i stedet betalingen i Vipps- eller MobilePay-appen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="103"/>
        <source>Approving %1 as the test user…</source>
        <translation>Godkender %1 som testbrugeren…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="110"/>
        <source>Approved %1 as the test user.</source>
        <translation>%1 er godkendt som testbrugeren.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="131"/>
        <source>Capture %1 of %2</source>
        <translation>Hæv %1 af %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="136"/>
        <source>Refund %1 of %2</source>
        <translation>Refundér %1 af %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="142"/>
        <source>Cancel %1</source>
        <translation>Annullér %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="150"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="169"/>
        <source>%1: done.</source>
        <translation>%1: udført.</translation>
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
        <translation>Åbn betaling %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="205"/>
        <source>No payment %1 for merchant serial number %2: check the reference and the profile in use.</source>
        <translation>Ingen betaling %1 for forretningsnummer %2: tjek referencen og den profil, der er i brug.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="213"/>
        <source>Opened %1: it is %2.</source>
        <translation>Åbnede %1: den er %2.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="247"/>
        <source>Refresh %1</source>
        <translation>Opdatér %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="262"/>
        <source>%1 is %2.</source>
        <translation>%1 er %2.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="273"/>
        <source>No profile is ready; choose one under Credentials.</source>
        <translation>Ingen profil er klar; vælg en under Adgangsoplysninger.</translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="188"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="189"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="190"/>
        <source>Authorized</source>
        <translation>Autoriseret</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="191"/>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="192"/>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="193"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="194"/>
        <source>Updated</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="195"/>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
    </message>
</context>
<context>
    <name>Workbench::ProductionGuard</name>
    <message>
        <location filename="../src/core/workbench/productionguard.cpp" line="14"/>
        <source>Production: %1</source>
        <translation>Produktion: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/productionguard.cpp" line="15"/>
        <source>%1

This calls the production API of Vipps MobilePay with real merchant keys. Go on?</source>
        <translation>%1

Dette kalder Vipps MobilePays produktions-API med rigtige forretningsnøgler. Vil du fortsætte?</translation>
    </message>
</context>
<context>
    <name>Workbench::ProfileEditing</name>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="39"/>
        <source>No profile yet: press New (Ctrl+N) to make one.</source>
        <translation>Ingen profil endnu: tryk på Ny (Ctrl+N) for at oprette en.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="42"/>
        <source>Profile %1 (unsaved changes)</source>
        <translation>Profil %1 (ikke-gemte ændringer)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="42"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="48"/>
        <source>not needed: the simulator&apos;s demo keys are used</source>
        <translation>ikke nødvendig: simulatorens demonøgler bruges</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="52"/>
        <source>checked when this profile is in use; saving a key here puts the profile in use</source>
        <translation>kontrolleres, når profilen er i brug; gemmes en nøgle her, tages profilen i brug</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="56"/>
        <source>reading the keychain…</source>
        <translation>læser nøgleringen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="60"/>
        <source>kept in memory until the app quits</source>
        <translation>holdes i hukommelsen, indtil appen lukkes</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="60"/>
        <source>stored in the keychain</source>
        <translation>gemt i nøgleringen</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="64"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="73"/>
        <source>The profile in use cannot be deleted: use another one first</source>
        <translation>Den aktive profil kan ikke slettes: tag en anden i brug først</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="80"/>
        <source>It needs no keys, and when no profile is left the app creates it again at its next start.</source>
        <translation>Den kræver ingen nøgler, og når der ikke er flere profiler, opretter appen den igen ved næste start.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="82"/>
        <source>Its settings are removed from this computer, and its keys, kept in memory only, are forgotten. Make a note of them first if you need them again.</source>
        <translation>Indstillingerne fjernes fra denne computer, og nøglerne, der kun holdes i hukommelsen, glemmes. Notér dem først, hvis du får brug for dem igen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="84"/>
        <source>Its settings and its keys in the keychain are removed from this computer. Make a note of them first if you need them again.</source>
        <translation>Dens indstillinger og dens nøgler i nøgleringen fjernes fra denne computer. Notér dem først, hvis du får brug for dem igen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="95"/>
        <source>Profile %1 cannot be read: its environment is unknown. Delete it and make it again.</source>
        <translation>Profilen %1 kan ikke læses: dens miljø er ukendt. Slet den, og opret den igen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="127"/>
        <source>New profile, not saved yet</source>
        <translation>Ny profil, ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="137"/>
        <source>Copy of %1, not saved yet; enter its keys</source>
        <translation>Kopi af %1, ikke gemt endnu; angiv dens nøgler</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="164"/>
        <source>Using profile %1.</source>
        <translation>Bruger profilen %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="198"/>
        <source>Deleted profile %1.</source>
        <translation>Profilen %1 er slettet.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="225"/>
        <source>Renaming profile %1 to %2 and moving its keys…</source>
        <translation>Omdøber profilen %1 til %2 og flytter dens nøgler…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="248"/>
        <source>Profile %1 could not be saved: check that the settings file can be written.</source>
        <translation>Profilen %1 kunne ikke gemmes: kontrollér, at der kan skrives til indstillingsfilen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="256"/>
        <source>Saved profile %1.</source>
        <translation>Profilen %1 er gemt.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="271"/>
        <source>Keeping the keys of %1 in memory…</source>
        <translation>Holder nøglerne til %1 i hukommelsen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="272"/>
        <source>Saving the keys of %1 in the keychain…</source>
        <translation>Gemmer nøglerne til %1 i nøgleringen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="277"/>
        <source>Saved profile %1 and its keys; it is in use.</source>
        <translation>Profilen %1 og dens nøgler er gemt; den er i brug.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="278"/>
        <source>The keys of %1 were not saved: %2</source>
        <translation>Nøglerne til %1 blev ikke gemt: %2</translation>
    </message>
</context>
<context>
    <name>Workbench::ProfileSession</name>
    <message>
        <location filename="../src/core/workbench/profilesession.cpp" line="138"/>
        <source>No keychain was found on this computer, so the keys and webhook secrets you enter are kept in memory until the app quits.</source>
        <translation>Der blev ikke fundet nogen nøglering på denne computer, så de nøgler og webhook-hemmeligheder, du indtaster, holdes i hukommelsen, indtil appen lukkes.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="67"/>
        <location filename="../src/core/workbench/profilesession.cpp" line="59"/>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="67"/>
        <location filename="../src/core/workbench/profilesession.cpp" line="60"/>
        <source>subscription key</source>
        <translation>abonnementsnøgle</translation>
    </message>
</context>
<context>
    <name>Workbench::PublicAddress</name>
    <message>
        <location filename="../src/core/workbench/publicaddress.cpp" line="31"/>
        <source>Enter the public address Vipps delivers to, starting with https://, e.g. https://a1b2c3.ngrok.app.</source>
        <translation>Angiv den offentlige adresse, Vipps leverer til, der starter med https://, f.eks. https://a1b2c3.ngrok.app.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/publicaddress.cpp" line="34"/>
        <source>The URL must not contain a user name or password: it is kept in the settings file.</source>
        <translation>URL&apos;en må ikke indeholde brugernavn eller adgangskode: den gemmes i indstillingsfilen.</translation>
    </message>
</context>
<context>
    <name>Workbench::QuickStart</name>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="98"/>
        <source>Set up your keys</source>
        <translation>Opsæt dine nøgler</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="99"/>
        <source>Get an access token</source>
        <translation>Hent et adgangstoken</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="100"/>
        <source>Register a webhook</source>
        <translation>Registrér en webhook</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="101"/>
        <source>Trigger an event</source>
        <translation>Udløs en hændelse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="102"/>
        <source>View the event</source>
        <translation>Se hændelsen</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="111"/>
        <source>A profile holds the client id, client secret, subscription key and merchant serial number; the local simulator profile needs none of yours.</source>
        <translation>En profil indeholder client id, client secret, abonnementsnøgle og merchant serial number (MSN); den lokale simulatorprofil behøver ingen af dine.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="114"/>
        <source>Every API call carries a bearer token from the access token API; it lasts about an hour.</source>
        <translation>Hvert API-kald medbringer et bearer-token fra Access Token API&apos;et; det gælder i cirka en time.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="116"/>
        <source>Tell Vipps which events to send to which URL; the answer holds the secret that signs them. The button registers this app&apos;s receiver for every payment event.</source>
        <translation>Fortæl Vipps, hvilke hændelser der skal sendes til hvilken URL; svaret indeholder hemmeligheden, der signerer dem. Knappen registrerer denne apps modtager til alle betalingshændelser.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="118"/>
        <source>Create a test payment and approve it: each state change becomes a webhook event.</source>
        <translation>Opret en testbetaling, og godkend den: hver tilstandsændring bliver til en webhook-hændelse.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="120"/>
        <source>The receiver checks each delivery&apos;s HMAC signature; a valid one proves it came from Vipps.</source>
        <translation>Modtageren kontrollerer hver leverings HMAC-signatur; en gyldig signatur beviser, at den kom fra Vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="149"/>
        <source>Your test keys are in the Vipps MobilePay portal, under For developers, for your test sales unit: client id, client secret, subscription key and merchant serial number. The profile needs all four.</source>
        <translation>Dine testnøgler findes i Vipps MobilePay-portalen under For udviklere, for din test-salgsenhed: client id, client secret, subscription key og merchant serial number. Profilen skal have alle fire.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="155"/>
        <source>Vipps cannot reach 127.0.0.1. Start a tunnel to the receiver, &apos;%1&apos; (or &apos;%2&apos;): the app finds it as soon as it runs.</source>
        <translation>Vipps kan ikke nå 127.0.0.1. Start en tunnel til modtageren, »%1« (eller »%2«): appen finder den, så snart den kører.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="159"/>
        <source>Tunnel found: %1. Register its address for every payment event in one click.</source>
        <translation>Tunnel fundet: %1. Registrér adressen for alle betalingshændelser med ét klik.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="162"/>
        <source>Create a test payment, open its landing page (Payments shows the address) and approve it in the Vipps test app with a test user: each state change becomes a webhook event.</source>
        <translation>Opret en testbetaling, åbn dens landingsside (Betalinger viser adressen), og godkend den i Vipps&apos; testapp med en testbruger: hver tilstandsændring bliver en webhook-hændelse.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="164"/>
        <source>Vipps delivers through the tunnel; the receiver checks each delivery&apos;s signature.</source>
        <translation>Vipps leverer gennem tunnelen; modtageren tjekker signaturen på hver levering.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="174"/>
        <source>Look for a tunnel</source>
        <translation>Søg efter en tunnel</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="174"/>
        <source>Register the tunnel&apos;s address</source>
        <translation>Registrér tunnelens adresse</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="175"/>
        <source>Create payment</source>
        <translation>Opret betaling</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="183"/>
        <source>Open credentials</source>
        <translation>Åbn adgangsoplysninger</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="184"/>
        <source>Get token</source>
        <translation>Hent token</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="185"/>
        <source>Register the receiver</source>
        <translation>Registrér modtageren</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="186"/>
        <source>Create and approve payment</source>
        <translation>Opret og godkend betaling</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="187"/>
        <source>Show event log</source>
        <translation>Vis hændelseslog</translation>
    </message>
</context>
<context>
    <name>Workbench::ReceiverWorker</name>
    <message>
        <location filename="../src/core/workbench/receiverworker.cpp" line="23"/>
        <source>The handler&apos;s answer was not journaled: %1</source>
        <translation>Svaret fra behandler blev ikke ført i journalen: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::ReplayActions</name>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="56"/>
        <source>Only a webhook delivery can be signed afresh.</source>
        <translation>Kun en webhook-levering kan signeres igen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="58"/>
        <source>The delivery names no webhook, so there is no secret to sign it with.</source>
        <translation>Leveringen angiver ingen webhook, så der er ingen hemmelighed at signere den med.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="64"/>
        <source>The app holds no secret for webhook %1 to sign it with.</source>
        <translation>Appen har ingen hemmelighed for webhook %1 at signere den med.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="72"/>
        <source>Only webhook deliveries can be replayed.</source>
        <translation>Kun webhook-leveringer kan sendes igen.</translation>
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
        <translation>Kald</translation>
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
        <translation>Varighed</translation>
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
        <translation>ingen gyldig levering inden for et minut efter betalingen. De sædvanlige årsager: den registrerede URL er ikke tunnelens adresse nu (en genstartet ngrok får en ny: registrér igen), tunnelen stoppede, eller betalingen er ikke godkendt i Vipps&apos; testapp endnu.</translation>
    </message>
</context>
<context>
    <name>Workbench::WebhookActions</name>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="44"/>
        <source>%n event types</source>
        <translation>
            <numerusform>%n hændelsestype</numerusform>
            <numerusform>%n hændelsestyper</numerusform>
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
        <translation>Registrér en webhook, der sender %1 til %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="76"/>
        <source>Not registered</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="79"/>
        <source>Registering…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="92"/>
        <source>Delete the webhook to %1 (id %2)</source>
        <translation>Slet webhooken til %1 (id %2)</translation>
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
        <translation>Registrerer %1 igen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="191"/>
        <source>Could not register the webhook again at %1</source>
        <translation>Kunne ikke registrere webhooken igen på %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="201"/>
        <source>Deleting the webhook to %1…</source>
        <translation>Sletter webhooken til %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="246"/>
        <source>Could not list the webhooks</source>
        <translation>Kunne ikke hente listen over webhooks</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="251"/>
        <source>1 webhook, listed at %1</source>
        <translation>1 webhook, hentet kl. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="252"/>
        <source>%n webhooks, listed at %1</source>
        <translation>
            <numerusform>%n webhook, hentet kl. %1</numerusform>
            <numerusform>%n webhooks, hentet kl. %1</numerusform>
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
        <translation>Registrér webhooken igen på %1 og slet den gamle registrering</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="155"/>
        <source>Register %n webhooks again at %1 and delete the old registrations</source>
        <translation>
            <numerusform>Registrér %n webhook igen på %1 og slet de gamle registreringer</numerusform>
            <numerusform>Registrér %n webhooks igen på %1 og slet de gamle registreringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="289"/>
        <source>Is the simulator running? This profile calls it at %1.</source>
        <translation>Kører simulatoren? Denne profil kalder den på %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="290"/>
        <source>Check that %1 can be reached from this machine (network, proxy, VPN).</source>
        <translation>Kontrollér, at %1 kan nås fra denne maskine (netværk, proxy, VPN).</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="292"/>
        <source>Complete profile %1 under Credentials.</source>
        <translation>Udfyld profilen %1 under Adgangsoplysninger.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="295"/>
        <source>Check the client id, client secret, subscription key and MSN of profile %1.</source>
        <translation>Kontrollér client id, client secret, abonnementsnøgle og MSN for profilen %1.</translation>
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
        <translation>Trace-id: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="319"/>
        <source>Vipps shows this secret only once. No keychain was found, so the app keeps it in memory only until it quits; copy it now to keep it.</source>
        <translation>Vipps viser kun denne hemmelighed én gang. Der blev ikke fundet nogen nøglering, så appen holder den kun i hukommelsen, indtil den lukkes; kopiér den nu for at beholde den.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="323"/>
        <source>Vipps shows this secret only once. The app keeps it in the keychain and verifies this webhook&apos;s deliveries with it; copy it now if your own server verifies them too.</source>
        <translation>Vipps viser kun denne hemmelighed én gang. Appen gemmer den i nøgleringen og verificerer denne webhooks leveringer med den; kopiér den nu, hvis din egen server også verificerer dem.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="325"/>
        <source>Vipps shows this secret only once. The keychain cannot be used (%1), so the app keeps it in memory only until it quits; copy it now to keep it.</source>
        <translation>Vipps viser kun denne hemmelighed én gang. Nøgleringen kan ikke bruges (%1), så appen har den kun i hukommelsen, indtil den lukkes; kopiér den nu for at beholde den.</translation>
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
        <translation>Hændelser</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="74"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="75"/>
        <source>Secret</source>
        <translation>Hemmelighed</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="86"/>
        <source>not an event type this app knows</source>
        <translation>ikke en hændelsestype, som denne app kender</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="104"/>
        <source>held by this app</source>
        <translation>opbevares af denne app</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="104"/>
        <source>not here</source>
        <translation>ikke her</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="117"/>
        <source>This app holds the secret and verifies this webhook&apos;s deliveries with it.</source>
        <translation>Denne app har hemmeligheden og verificerer denne webhooks leveringer med den.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="118"/>
        <source>This app does not hold the secret: the webhook was registered elsewhere (another tool or machine), and Vipps returns a secret only when registering. Its deliveries cannot be verified here; delete it and register again to get a secret this app keeps.</source>
        <translation>Denne app har ikke hemmeligheden: webhooken blev registreret et andet sted (et andet værktøj eller en anden maskine), og Vipps returnerer kun en hemmelighed ved registrering. Dens leveringer kan ikke verificeres her; slet den, og registrér den igen for at få en hemmelighed, som denne app gemmer.</translation>
    </message>
</context>
</TS>
