<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Api::AccessToken</name>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="45"/>
        <source>The access token answer has a &quot;%1&quot; field that is not a number of seconds.</source>
        <translation>Käyttöoikeustunnuksen vastauksessa on kenttä &quot;%1&quot;, joka ei ole sekuntimäärä.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="80"/>
        <source>The access token answer has no &quot;access_token&quot; field.</source>
        <translation>Käyttöoikeustunnuksen vastauksessa ei ole kenttää &quot;access_token&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="82"/>
        <source>The access token answer has an &quot;access_token&quot; field that is not a non-empty string.</source>
        <translation>Käyttöoikeustunnuksen vastauksen kenttä &quot;access_token&quot; ei ole ei-tyhjä merkkijono.</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="96"/>
        <source>The access token answer is not JSON (%1 at byte %2).</source>
        <translation>Käyttöoikeustunnuksen vastaus ei ole JSONia (%1 tavun %2 kohdalla).</translation>
    </message>
    <message>
        <location filename="../src/core/api/accesstoken.cpp" line="102"/>
        <source>The access token answer is not a JSON object.</source>
        <translation>Käyttöoikeustunnuksen vastaus ei ole JSON-objekti.</translation>
    </message>
</context>
<context>
    <name>Api::ApiClient</name>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="151"/>
        <source>No base URL: choose an environment or enter the simulator&apos;s address.</source>
        <translation>Perus-URL puuttuu: valitse ympäristö tai syötä simulaattorin osoite.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="153"/>
        <source>&quot;%1&quot; is not a valid path below the base URL.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen polku perus-URL:n alla.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="157"/>
        <source>No subscription key: enter the Ocp-Apim-Subscription-Key in the profile.</source>
        <translation>Tilausavain puuttuu: syötä Ocp-Apim-Subscription-Key profiiliin.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="161"/>
        <source>%1 needs a merchant serial number (MSN): enter the MSN of the sales unit in the profile.</source>
        <translation>%1: tarvitaan kauppiaan sarjanumero (MSN); syötä myyntipisteen MSN profiiliin.</translation>
    </message>
    <message>
        <location filename="../src/core/api/apiclient.cpp" line="162"/>
        <source>This call</source>
        <translation>Tämä kutsu</translation>
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
        <translation>ei virhettä</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="92"/>
        <source>invalid input: %1</source>
        <translation>virheellinen syöte: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="95"/>
        <source>network error: %1</source>
        <translation>verkkovirhe: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="99"/>
        <source>unexpected response (HTTP %1): %2</source>
        <translation>odottamaton vastaus (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="103"/>
        <source>configuration error: %1</source>
        <translation>määritysvirhe: %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="105"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location filename="../src/core/api/apierror.cpp" line="171"/>
        <source>timed out after %1</source>
        <translation>aikakatkaisu %1 jälkeen</translation>
    </message>
</context>
<context>
    <name>Api::ClientConfig</name>
    <message>
        <location filename="../src/core/api/clientconfig.cpp" line="28"/>
        <source>The answer from %1 was longer than %2, more than any Vipps API sends; it was not read to its end.</source>
        <translation>Vastaus osoitteesta %1 oli pidempi kuin %2, enemmän kuin mikään Vipps-API lähettää; sitä ei luettu loppuun.</translation>
    </message>
    <message>
        <location filename="../src/core/api/clientconfig.cpp" line="34"/>
        <source>No answer from %1: %2</source>
        <translation>Ei vastausta kohteesta %1: %2</translation>
    </message>
</context>
<context>
    <name>Api::EPayment</name>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="86"/>
        <source>The amount must be at least %1; amounts are in minor units (øre/cents), so 1000 means 10.00.</source>
        <translation>Summan on oltava vähintään %1; summat ilmoitetaan pienimpinä yksikköinä (äyreinä/sentteinä), joten 1000 tarkoittaa 10,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="90"/>
        <source>The amount must be at least %1 (%2 %3); amounts are in minor units (øre/cents), so 1000 means 10.00 %3.</source>
        <translation>Summan on oltava vähintään %1 (%2 %3); summat ilmoitetaan pienimpinä yksikköinä (äyreinä/sentteinä), joten 1000 tarkoittaa 10,00 %3.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="99"/>
        <source>The amount must be at most %1 (%2); amounts are in minor units (øre/cents), so 1000 means 10.00.</source>
        <translation>Summa saa olla enintään %1 (%2); summat ilmoitetaan pienimpinä yksikköinä (äyreinä/sentteinä), joten 1000 tarkoittaa 10,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="113"/>
        <source>The amount must be at most %1.</source>
        <translation>Summa voi olla enintään %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="117"/>
        <source>Enter an amount of at least %1, e.g. 49.00.</source>
        <translation>Anna vähintään %1 suuruinen summa, esim. 49,00.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="118"/>
        <source>The amount must be at least %1.</source>
        <translation>Summan on oltava vähintään %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="130"/>
        <source>The currency must be one of %1 (in capitals) and match the sales unit&apos;s market.</source>
        <translation>Valuutan on oltava jokin näistä: %1 (isoin kirjaimin), ja sen on vastattava myyntipisteen markkina-aluetta.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="140"/>
        <source>The reference must be 8 to 64 characters long (it has %1); for example acme-order-0001.</source>
        <translation>Viitteen pituuden on oltava 8–64 merkkiä (nyt %1), esimerkiksi acme-order-0001.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="149"/>
        <source>The reference may contain only letters A-Z and a-z, digits and &apos;-&apos;; remove &apos;%1&apos;.</source>
        <translation>Viitteessä saa olla vain kirjaimia A-Z ja a-z, numeroita ja merkkiä &apos;-&apos;; poista &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="165"/>
        <source>The payment description must be 3 to 100 characters long (it has %1), or left out.</source>
        <translation>Maksun kuvauksen pituuden on oltava 3–100 merkkiä (nyt %1), tai kuvaus jätetään pois.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="175"/>
        <source>The user flow must be one of %1.</source>
        <translation>Käyttäjäpolun on oltava jokin näistä: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="184"/>
        <source>The return URL is not a valid absolute URL; use for example https://example.com/return.</source>
        <translation>Paluu-URL ei ole kelvollinen absoluuttinen URL; käytä esimerkiksi https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="188"/>
        <source>The return URL must start with https:// or a custom app scheme (myapp://); http:// is not accepted.</source>
        <translation>Paluu-URL:n on alettava https:// tai oman sovelluksen skeemalla (myapp://); http:// ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="192"/>
        <source>The return URL has no host; use for example https://example.com/return.</source>
        <translation>Paluu-URL:ssa ei ole isäntää; käytä esimerkiksi https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="203"/>
        <source>WEB_REDIRECT needs a return URL, the page the user comes back to; for example https://example.com/return.</source>
        <translation>WEB_REDIRECT tarvitsee paluu-URL:n eli sivun, jolle käyttäjä palaa, esimerkiksi https://example.com/return.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="227"/>
        <source>The phone number must be 10 to 15 digits with the country code and no &apos;+&apos; or spaces; for example 4712345678.</source>
        <translation>Puhelinnumerossa on oltava 10–15 numeroa maatunnuksen kanssa, ilman &apos;+&apos;-merkkiä ja välilyöntejä, esimerkiksi 4712345678.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="238"/>
        <source>PUSH_MESSAGE needs the customer&apos;s phone number: digits with the country code, for example 4712345678.</source>
        <translation>PUSH_MESSAGE tarvitsee asiakkaan puhelinnumeron: numerot maatunnuksen kanssa, esimerkiksi 4712345678.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="253"/>
        <source>The payment method type must be WALLET or CARD.</source>
        <translation>Maksutavan tyypin on oltava WALLET tai CARD.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="256"/>
        <source>CARD payments need the WEB_REDIRECT user flow; use WALLET with %1.</source>
        <translation>CARD-maksut tarvitsevat käyttäjäpolun WEB_REDIRECT; käytä WALLET-tyyppiä, jos polku on %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="266"/>
        <source>The customer interaction must be CUSTOMER_PRESENT or CUSTOMER_NOT_PRESENT, or left out.</source>
        <translation>Asiakasvuorovaikutuksen on oltava CUSTOMER_PRESENT tai CUSTOMER_NOT_PRESENT, tai se jätetään pois.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentrequest.cpp" line="369"/>
        <source>Give the test user&apos;s phone number (for example 4712345678) or the token from the payment&apos;s redirect URL.</source>
        <translation>Anna testikäyttäjän puhelinnumero (esimerkiksi 4712345678) tai tunnus maksun uudelleenohjaus-URL:sta.</translation>
    </message>
</context>
<context>
    <name>Api::EPaymentApi</name>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="62"/>
        <source>Give the payment&apos;s reference, as it was created; for example acme-order-0001.</source>
        <translation>Anna maksun viite sellaisena kuin se luotiin, esimerkiksi acme-order-0001.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="76"/>
        <source>The idempotency key must be at most 50 visible ASCII characters without spaces; leave it empty to get a new one.</source>
        <translation>Idempotenssiavaimessa saa olla enintään 50 näkyvää ASCII-merkkiä ilman välilyöntejä; jätä se tyhjäksi, niin saat uuden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="121"/>
        <source>The answer to &quot;%1&quot; is not %2 as the ePayment API documents; check that the base URL points at Vipps or the simulator.</source>
        <translation>Vastaus kutsuun &quot;%1&quot; ei ole ePayment API -dokumentaation mukainen %2; tarkista, että perus-URL osoittaa Vippsiin tai simulaattoriin.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="132"/>
        <source>a JSON object</source>
        <translation>JSON-objekti</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="148"/>
        <source>a JSON array of events</source>
        <translation>tapahtumien JSON-taulukko</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="304"/>
        <source>Force approve exists only in the test environment; approve the payment in the Vipps app, or use a test or simulator profile.</source>
        <translation>Pakotettu hyväksyntä on käytettävissä vain testiympäristössä; hyväksy maksu Vipps-sovelluksessa tai käytä testi- tai simulaattoriprofiilia.</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="319"/>
        <source>Create payment</source>
        <translation>Luo maksu</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="325"/>
        <source>Get payment</source>
        <translation>Hae maksu</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="331"/>
        <source>Get payment events</source>
        <translation>Hae maksun tapahtumat</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="338"/>
        <source>Capture payment</source>
        <translation>Veloita maksu</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="345"/>
        <source>Refund payment</source>
        <translation>Hyvitä maksu</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="353"/>
        <source>Cancel payment</source>
        <translation>Peruuta maksu</translation>
    </message>
    <message>
        <location filename="../src/core/api/epaymentapi.cpp" line="359"/>
        <source>Force approve payment</source>
        <translation>Pakota maksun hyväksyntä</translation>
    </message>
</context>
<context>
    <name>Api::EventCatalog</name>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="13"/>
        <source>Payment request created</source>
        <translation>Maksupyyntö luotu</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="14"/>
        <source>User cancelled in the app or on the landing page before approving</source>
        <translation>Käyttäjä perui sovelluksessa tai aloitussivulla ennen hyväksyntää</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="15"/>
        <source>User did not act before the payment timed out</source>
        <translation>Käyttäjä ei toiminut ennen maksun vanhenemista</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="16"/>
        <source>Merchant cancelled (released) the reserved, uncaptured amount</source>
        <translation>Kauppias perui (vapautti) varatun, veloittamattoman summan</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="17"/>
        <source>Amount captured, fully or partially</source>
        <translation>Summa veloitettu kokonaan tai osittain</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="18"/>
        <source>Amount refunded, fully or partially</source>
        <translation>Summa hyvitetty kokonaan tai osittain</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="19"/>
        <source>User approved the payment; the amount is reserved</source>
        <translation>Käyttäjä hyväksyi maksun; summa on varattu</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="20"/>
        <source>Merchant cancelled the payment before the user approved it</source>
        <translation>Kauppias perui maksun ennen kuin käyttäjä hyväksyi sen</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="21"/>
        <source>Agreement accepted by the user</source>
        <translation>Käyttäjä hyväksyi sopimuksen</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="22"/>
        <source>Agreement rejected by the user</source>
        <translation>Käyttäjä hylkäsi sopimuksen</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="23"/>
        <source>Agreement stopped by the merchant or the user (see the payload&apos;s actor)</source>
        <translation>Kauppias tai käyttäjä lopetti sopimuksen (katso sisällön actor)</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="24"/>
        <source>Pending agreement expired before the user acted</source>
        <translation>Odottava sopimus vanheni ennen kuin käyttäjä toimi</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="25"/>
        <source>Charge reserved</source>
        <translation>Veloitus varattu</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="26"/>
        <source>Charge captured</source>
        <translation>Veloitus veloitettu</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="27"/>
        <source>Charge cancelled (the event type is spelled with a single l)</source>
        <translation>Veloitus peruttu (tapahtumatyyppi kirjoitetaan yhdellä l:llä)</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="28"/>
        <source>Charge failed</source>
        <translation>Veloitus epäonnistui</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="29"/>
        <source>Charge refunded</source>
        <translation>Veloitus hyvitetty</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="30"/>
        <source>Asynchronous failure of a (bulk) charge creation</source>
        <translation>(Massa)veloituksen luonti epäonnistui asynkronisesti</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="31"/>
        <source>User scanned a merchant-callback QR code; the payload carries a customerToken valid for 15 minutes</source>
        <translation>Käyttäjä skannasi kauppiaan takaisinkutsu-QR-koodin; sisältö kantaa 15 minuuttia voimassa olevan customerTokenin</translation>
    </message>
    <message>
        <location filename="../src/core/api/eventmeanings.cpp" line="33"/>
        <source>User confirmed a merchant-initiated login (CIBA); the payload carries auth_req_id</source>
        <translation>Käyttäjä vahvisti kauppiaan aloittaman kirjautumisen (CIBA); sisältö kantaa auth_req_id:n</translation>
    </message>
</context>
<context>
    <name>Api::PaymentRules</name>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="36"/>
        <source>Only a CREATED payment can be approved; this one is %1.</source>
        <translation>Vain tilassa CREATED olevan maksun voi hyväksyä; tämä on %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="49"/>
        <source>Only an AUTHORIZED payment can be captured; this one is %1.</source>
        <translation>Vain tilassa AUTHORIZED olevan maksun voi veloittaa; tämä on %1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="53"/>
        <source>Nothing is left to capture: %1 authorized, %2 captured, %3 cancelled.</source>
        <translation>Veloitettavaa ei ole jäljellä: %1 varattu, %2 veloitettu, %3 peruttu.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="63"/>
        <source>Nothing is captured yet, so nothing can be refunded.</source>
        <translation>Mitään ei ole vielä veloitettu, joten mitään ei voi hyvittää.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="64"/>
        <source>Nothing is left to refund: %1 captured, %2 refunded.</source>
        <translation>Hyvitettävää ei ole jäljellä: %1 veloitettu, %2 hyvitetty.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="75"/>
        <source>The payment is %1, which is final: it cannot be cancelled.</source>
        <translation>Maksu on tilassa %1, joka on lopullinen: sitä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="78"/>
        <source>Nothing authorized is left to cancel; refund what was captured instead.</source>
        <translation>Varattua ei ole jäljellä peruttavaksi; hyvitä veloitettu summa sen sijaan.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="86"/>
        <source>The payment is %1, which is final: its landing page has nothing left to do.</source>
        <translation>Maksu on tilassa %1, joka on lopullinen: aloitussivulla ei ole enää tehtävää.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="88"/>
        <source>The API gave no landing page for this payment (a PUSH_MESSAGE payment goes to the app).</source>
        <translation>API ei antanut tälle maksulle aloitussivua (PUSH_MESSAGE-maksu menee sovellukseen).</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="98"/>
        <source>Cancel %1? It has not been approved yet: it ends as TERMINATED and can no longer be paid.</source>
        <translation>Perutaanko %1? Sitä ei ole vielä hyväksytty: se päättyy tilaan TERMINATED eikä sitä voi enää maksaa.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="102"/>
        <source>Cancel %1? The %2 authorized is released to the customer and can no longer be captured.</source>
        <translation>Perutaanko %1? Varattu %2 vapautetaan asiakkaalle eikä sitä voi enää veloittaa.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="104"/>
        <source>Cancel %1? The %2 not captured is released to the customer and can no longer be captured; the %3 captured stays, to be refunded if need be.</source>
        <translation>Perutaanko %1? Veloittamaton %2 vapautetaan asiakkaalle eikä sitä voi enää veloittaa; veloitettu %3 jää ja voidaan tarvittaessa hyvittää.</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="113"/>
        <source>approve (simulator and test environment)</source>
        <translation>hyväksy (simulaattori ja testiympäristö)</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="115"/>
        <source>capture up to %1</source>
        <translation>veloita enintään %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="117"/>
        <source>refund up to %1</source>
        <translation>hyvitä enintään %1</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="119"/>
        <source>cancel (terminates it)</source>
        <translation>peruuta (päättää maksun)</translation>
    </message>
    <message>
        <location filename="../src/core/api/paymentrules.cpp" line="120"/>
        <source>cancel the %1 not captured</source>
        <translation>peruuta veloittamaton %1</translation>
    </message>
</context>
<context>
    <name>Api::TokenProvider</name>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="56"/>
        <source>Get access token</source>
        <translation>Hae käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="75"/>
        <source>base URL</source>
        <translation>perus-URL</translation>
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
        <translation>tilausavain</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="85"/>
        <source>Cannot get an access token without a %1. Enter it in the profile.</source>
        <translation>Käyttöoikeustunnusta ei voi hakea, koska puuttuu: %1. Syötä puuttuva tieto profiiliin.</translation>
    </message>
    <message>
        <location filename="../src/core/api/tokenprovider.cpp" line="127"/>
        <source>The credentials were refused: check the client id, client secret and subscription key, and that they belong to this environment.</source>
        <translation>Tunnistetiedot hylättiin: tarkista client id, client secret ja tilausavain sekä se, että ne kuuluvat tähän ympäristöön.</translation>
    </message>
</context>
<context>
    <name>Api::WebhooksApi</name>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="89"/>
        <source>The webhook URL must be a full address with a host, starting with https:// (http:// only for the simulator), for example https://example.com/hooks/vipps.</source>
        <translation>Webhookin URL:n on oltava täydellinen osoite isäntineen ja alettava https:// (http:// vain simulaattorille), esimerkiksi https://example.com/hooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="104"/>
        <source>Vipps only delivers to https:// URLs that the internet can reach; %1 does not work: run a tunnel to this machine and register its public https:// URL.</source>
        <translation>Vipps toimittaa vain https://-osoitteisiin, joihin internetistä on yhteys; %1 ei toimi: avaa tunneli tähän koneeseen ja rekisteröi sen julkinen https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="108"/>
        <source>Vipps only delivers to https:// URLs (TLS 1.2 or newer); register the https:// address of your endpoint, or a tunnel&apos;s public https:// URL.</source>
        <translation>Vipps toimittaa vain https://-osoitteisiin (TLS 1.2 tai uudempi); rekisteröi päätepisteesi https://-osoite tai tunnelin julkinen https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="133"/>
        <source>&quot;%1&quot; is not a webhook event type; did you mean %2?</source>
        <translation>&quot;%1&quot; ei ole webhook-tapahtumatyyppi; tarkoititko %2?</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="135"/>
        <source>&quot;%1&quot; is not a webhook event type; choose one from the event list, for example epayments.payment.captured.v1.</source>
        <translation>&quot;%1&quot; ei ole webhook-tapahtumatyyppi; valitse jokin tapahtumaluettelosta, esimerkiksi epayments.payment.captured.v1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="145"/>
        <source>Give at least one event type to subscribe to, for example epayments.payment.captured.v1.</source>
        <translation>Anna vähintään yksi tilattava tapahtumatyyppi, esimerkiksi epayments.payment.captured.v1.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="179"/>
        <source>The register answer is not a JSON object with &quot;id&quot; and &quot;secret&quot;.</source>
        <translation>Rekisteröinnin vastaus ei ole JSON-objekti, jossa on &quot;id&quot; ja &quot;secret&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="184"/>
        <source>The register answer has no &quot;id&quot;; list the webhooks to find the new one.</source>
        <translation>Rekisteröinnin vastauksessa ei ole kenttää &quot;id&quot;; listaa webhookit löytääksesi uuden.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="188"/>
        <source>The register answer has no &quot;secret&quot;, so deliveries cannot be verified; delete webhook %1 and register it again.</source>
        <translation>Rekisteröinnin vastauksessa ei ole kenttää &quot;secret&quot;, joten toimituksia ei voi tarkistaa; poista webhook %1 ja rekisteröi se uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="218"/>
        <source>The list answer is not a JSON object with a &quot;webhooks&quot; array.</source>
        <translation>Listauksen vastaus ei ole JSON-objekti, jossa on taulukko &quot;webhooks&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="223"/>
        <source>The list answer&apos;s &quot;webhooks&quot; array holds something other than objects.</source>
        <translation>Listauksen vastauksen taulukossa &quot;webhooks&quot; on muutakin kuin objekteja.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="274"/>
        <source>Give the id of the webhook to delete, as the list of webhooks shows it.</source>
        <translation>Anna poistettavan webhookin id sellaisena kuin webhook-luettelo sen näyttää.</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="292"/>
        <source>Register webhook</source>
        <translation>Rekisteröi webhook</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="301"/>
        <source>List webhooks</source>
        <translation>Listaa webhookit</translation>
    </message>
    <message>
        <location filename="../src/core/api/webhooksapi.cpp" line="307"/>
        <source>Delete webhook</source>
        <translation>Poista webhook</translation>
    </message>
</context>
<context>
    <name>Credentials::KeychainSecretStore</name>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="53"/>
        <source>The keychain holds no secret under this name. Enter the secret again.</source>
        <translation>Avainnipussa ei ole salaisuutta tällä nimellä. Syötä salaisuus uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="56"/>
        <source>No keychain is available on this system (QtKeychain: %1): secrets are kept in memory for this run only.</source>
        <translation>Tässä järjestelmässä ei ole avainnippua (QtKeychain: %1): salaisuudet pidetään muistissa vain tämän ajon ajan.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="62"/>
        <source>The keychain refused access (%1). Unlock the keychain or allow this program to use it, then try again.</source>
        <translation>Avainnippu esti pääsyn (%1). Avaa avainnippu tai salli tämän ohjelman käyttää sitä ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="68"/>
        <source>The keychain could not complete the request (%1). Try again; if it keeps failing, check the system&apos;s keychain service.</source>
        <translation>Avainnippu ei voinut suorittaa pyyntöä (%1). Yritä uudelleen; jos se epäonnistuu edelleen, tarkista järjestelmän avainnippupalvelu.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/keychainsecretstore.cpp" line="82"/>
        <source>no details given</source>
        <translation>ei lisätietoja</translation>
    </message>
</context>
<context>
    <name>Credentials::MemorySecretStore</name>
    <message>
        <location filename="../src/core/credentials/memorysecretstore.cpp" line="15"/>
        <source>No secret is stored under this name for this run. Enter it again.</source>
        <translation>Tällä nimellä ei ole tallennettu salaisuutta tämän ajon aikana. Syötä se uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/memorysecretstore.cpp" line="35"/>
        <source>No secret was stored under this name; nothing to remove.</source>
        <translation>Tällä nimellä ei ollut tallennettu salaisuutta; poistettavaa ei ole.</translation>
    </message>
</context>
<context>
    <name>Credentials::Profile</name>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="18"/>
        <source>The profile needs a name. Enter one, for example &quot;test&quot;.</source>
        <translation>Profiili tarvitsee nimen. Anna nimi, esimerkiksi &quot;test&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="21"/>
        <source>A profile name cannot contain &quot;/&quot; or &quot;\&quot;. Remove them from the name.</source>
        <translation>Profiilin nimessä ei voi olla merkkejä &quot;/&quot; tai &quot;\&quot;. Poista ne nimestä.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="37"/>
        <source>The base URL must be a full http:// or https:// address with a host, for example http://127.0.0.1:8080. Check the address.</source>
        <translation>Perus-URL:n on oltava täydellinen http://- tai https://-osoite isäntineen, esimerkiksi http://127.0.0.1:8080. Tarkista osoite.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="43"/>
        <source>The base URL must not contain a user name or password. Remove the part before &quot;@&quot;.</source>
        <translation>Perus-URL ei saa sisältää käyttäjänimeä tai salasanaa. Poista &quot;@&quot;-merkkiä edeltävä osa.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="53"/>
        <source>The client ID is missing. Copy client_id from the API keys of the sales unit in the business portal.</source>
        <translation>Client ID puuttuu. Kopioi client_id myyntipisteen API-avaimista yritysportaalissa.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="66"/>
        <source>The merchant serial number (MSN) is missing. Enter the 4 to 10 digits of the sales unit, or turn on partner mode.</source>
        <translation>Kauppiaan sarjanumero (MSN) puuttuu. Syötä myyntipisteen 4–10 numeroa tai ota kumppanitila käyttöön.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="74"/>
        <source>The merchant serial number (MSN) must be 4 to 10 digits and nothing else, for example 123456. Check it in the business portal.</source>
        <translation>Kauppiaan sarjanumerossa (MSN) on oltava 4–10 numeroa eikä mitään muuta, esimerkiksi 123456. Tarkista se yritysportaalista.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="94"/>
        <source>%1 can hold only printable ASCII characters and spaces, for example &quot;acme-shop&quot; or &quot;2.1.0&quot;.</source>
        <translation>%1: vain tulostettavat ASCII-merkit ja välilyönnit ovat sallittuja, esimerkiksi &quot;acme-shop&quot; tai &quot;2.1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profile.cpp" line="102"/>
        <source>%1 can be at most %2 characters long; this one has %3. Shorten it.</source>
        <translation>%1: enintään %2 merkkiä; nyt merkkejä on %3. Lyhennä arvoa.</translation>
    </message>
</context>
<context>
    <name>Credentials::ProfileStorage</name>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="30"/>
        <source>unknown profile &apos;%1&apos;: no profile is saved yet (in %2). Create one in vipps-workbench, or pass --base-url and the keys instead.</source>
        <translation>tuntematon profiili &apos;%1&apos;: yhtään profiilia ei ole vielä tallennettu (sijainti %2). Luo profiili vipps-workbenchissä tai anna sen sijaan --base-url ja avaimet.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="33"/>
        <source>unknown profile &apos;%1&apos;. Known profiles: %2.</source>
        <translation>tuntematon profiili &apos;%1&apos;. Tunnetut profiilit: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilestorage.cpp" line="38"/>
        <source>profile &apos;%1&apos; cannot be used: its environment setting is not one this program knows. Open it in vipps-workbench and save it again.</source>
        <translation>profiilia &apos;%1&apos; ei voi käyttää: tämä ohjelma ei tunne sen ympäristöasetusta. Avaa se vipps-workbenchissä ja tallenna uudelleen.</translation>
    </message>
</context>
<context>
    <name>Credentials::ProfileWithSecrets</name>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="131"/>
        <source>The keys of profile %1 could not be read from the keychain, so it keeps its name: %2</source>
        <translation>Profiilin %1 avaimia ei voitu lukea avainnipusta, joten sen nimi säilyy: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="162"/>
        <source>The keys of profile %1 could not be saved under the name %2, so it keeps its old name and keys: %3</source>
        <translation>Profiilin %1 avaimia ei voitu tallentaa nimellä %2, joten sillä säilyvät vanha nimi ja avaimet: %3</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="173"/>
        <source>Profile %1 could not be renamed: check that the settings file can be written.</source>
        <translation>Profiilia %1 ei voitu nimetä uudelleen: tarkista, että asetustiedostoon voi kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="200"/>
        <source>Profile %1 is now %2 with its keys, but the keychain still holds them under the old name too: %3</source>
        <translation>Profiilin %1 nimi on nyt %2 ja sen avaimet siirtyivät, mutta avainnippu säilyttää ne myös vanhalla nimellä: %3</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="213"/>
        <source>Profile %1 cannot be renamed to %2: that name is taken or not allowed, or profile %1 is gone.</source>
        <translation>Profiilia %1 ei voi nimetä nimellä %2: nimi on varattu tai ei sallittu, tai profiilia %1 ei enää ole.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="234"/>
        <source>There is no profile %1 to delete.</source>
        <translation>Poistettavaa profiilia %1 ei ole.</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="242"/>
        <source>The keys of profile %1 could not be read from the keychain, so it is not deleted: %2</source>
        <translation>Profiilin %1 avaimia ei voitu lukea avainnipusta, joten profiilia ei poisteta: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="248"/>
        <source>The keychain did not remove the keys of profile %1, so it is not deleted: %2</source>
        <translation>Avainnippu ei poistanut profiilin %1 avaimia, joten profiilia ei poisteta: %2</translation>
    </message>
    <message>
        <location filename="../src/core/credentials/profilewithsecrets.cpp" line="252"/>
        <source>Profile %1 could not be deleted: check that the settings file can be written.</source>
        <translation>Profiilia %1 ei voitu poistaa: tarkista, että asetustiedostoon voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../ui/credentialspanel.ui" line="14"/>
        <source>Credentials</source>
        <translation>Tunnistetiedot</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="34"/>
        <source>New profile</source>
        <translation>Uusi profiili</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="44"/>
        <source>Duplicate the selected profile</source>
        <translation>Monista valittu profiili</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="54"/>
        <source>Rename the selected profile</source>
        <translation>Nimeä valittu profiili uudelleen</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="64"/>
        <source>Delete the selected profile</source>
        <translation>Poista valittu profiili</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="74"/>
        <source>Use the selected profile</source>
        <translation>Käytä valittua profiilia</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="97"/>
        <source>Credentials status</source>
        <translation>Tunnistetietojen tila</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="119"/>
        <source>Profiles</source>
        <translation>Profiilit</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="122"/>
        <source>Double-click or press Enter to use a profile</source>
        <translation>Ota profiili käyttöön kaksoisnapsauttamalla tai Enterillä</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="145"/>
        <location filename="../ui/credentialspanel.ui" line="168"/>
        <source>Production warning</source>
        <translation>Tuotantovaroitus</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="165"/>
        <source>Production: calls here move real money</source>
        <translation>Tuotanto: täällä tehdyt kutsut siirtävät oikeaa rahaa</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="186"/>
        <source>Profile being edited</source>
        <translation>Muokattava profiili</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="206"/>
        <source>Save the profile</source>
        <translation>Tallenna profiili</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="216"/>
        <source>Revert the changes</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="235"/>
        <source>Access token</source>
        <translation>Käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="238"/>
        <source>Access token of the profile in use</source>
        <translation>Käytössä olevan profiilin käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="244"/>
        <source>Get an access token</source>
        <translation>Hae käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="254"/>
        <source>Access token expiry</source>
        <translation>Käyttöoikeustunnuksen vanhenemisaika</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="264"/>
        <source>Why no access token was given</source>
        <translation>Miksi käyttöoikeustunnusta ei saatu</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="284"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="287"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>Aloita uusi profiili (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="290"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="298"/>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="301"/>
        <source>Start a new profile with the selected one&apos;s settings; the keys are not copied (Ctrl+D)</source>
        <translation>Aloita uusi profiili valitun asetuksilla; avaimia ei kopioida (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="304"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="312"/>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="315"/>
        <source>Edit the name of the selected profile, then save (F2)</source>
        <translation>Muokkaa valitun profiilin nimeä ja tallenna (F2)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="318"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="326"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="329"/>
        <source>Delete the selected profile, after asking (Delete)</source>
        <translation>Poista valittu profiili vahvistuksen jälkeen (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="332"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="340"/>
        <source>Use this profile</source>
        <translation>Käytä tätä profiilia</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="343"/>
        <source>Make the selected profile the one every panel calls with (Ctrl+Enter, or Enter in the list)</source>
        <translation>Ota valittu profiili käyttöön kaikkien paneelien kutsuihin (Ctrl+Enter tai Enter luettelossa)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="346"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="354"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="357"/>
        <source>Save the profile; typed keys go to the keychain (Ctrl+S)</source>
        <translation>Tallenna profiili; syötetyt avaimet tallennetaan avainnippuun (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="360"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="368"/>
        <source>Revert</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="371"/>
        <source>Forget the unsaved changes</source>
        <translation>Hylkää tallentamattomat muutokset</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="376"/>
        <source>Get access token</source>
        <translation>Hae käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../ui/credentialspanel.ui" line="379"/>
        <source>Ask for an access token with the keys of the profile in use (Ctrl+T)</source>
        <translation>Pyydä käyttöoikeustunnus käytössä olevan profiilin avaimilla (Ctrl+T)</translation>
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
        <translation>Toimitukset</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="32"/>
        <source>Webhook deliveries the simulator attempted</source>
        <translation>Simulaattorin yrittämät webhook-toimitukset</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="51"/>
        <source>Deliveries hint</source>
        <translation>Toimitusten vihje</translation>
    </message>
    <message>
        <location filename="../ui/deliverylogpanel.ui" line="76"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="14"/>
        <source>Event log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="34"/>
        <source>Show only events whose name, reference, amount, result, status or webhook id contains this text (Ctrl+F)</source>
        <translation>Näytä vain tapahtumat, joiden nimessä, viitteessä, summassa, tuloksessa, tilassa tai webhook-id:ssä on tämä teksti (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="37"/>
        <source>Event filter</source>
        <translation>Tapahtumasuodatin</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="40"/>
        <source>Filter by event, reference, amount, webhook id…</source>
        <translation>Suodata: tapahtuma, viite, summa, webhook-id…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="50"/>
        <source>Show only events with the chosen verification results; none chosen shows all</source>
        <translation>Näytä vain tapahtumat, joilla on valitut tarkistustulokset; jos mitään ei ole valittu, näytetään kaikki</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="53"/>
        <source>Verification result filter</source>
        <translation>Tarkistustuloksen suodatin</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="66"/>
        <source>Pause or resume the event log</source>
        <translation>Keskeytä tapahtumaloki tai jatka sitä</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="167"/>
        <source>Events that arrived while paused; Resume adds them to the table</source>
        <translation>Tauon aikana saapuneet tapahtumat; Jatka-painike lisää ne taulukkoon</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="170"/>
        <source>Events waiting while paused</source>
        <translation>Tauon aikana odottavat tapahtumat</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="76"/>
        <source>Clear the event log</source>
        <translation>Tyhjennä tapahtumaloki</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="86"/>
        <source>Follow the latest event</source>
        <translation>Seuraa uusinta tapahtumaa</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="100"/>
        <source>Received events</source>
        <translation>Vastaanotetut tapahtumat</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="137"/>
        <source>Event log status</source>
        <translation>Tapahtumalokin tila</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="160"/>
        <source>Events matching the filter</source>
        <translation>Suodatinta vastaavat tapahtumat</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="184"/>
        <source>Show the newest event and follow new ones again</source>
        <translation>Näytä uusin tapahtuma ja seuraa uusia taas</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="187"/>
        <source>New events below</source>
        <translation>Uusia tapahtumia alempana</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="199"/>
        <source>Find</source>
        <translation>Etsi</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="202"/>
        <source>Move to the filter (Ctrl+F)</source>
        <translation>Siirry suodattimeen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="205"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="216"/>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="219"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="227"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="230"/>
        <source>Empty this view (Ctrl+L). Nothing is lost: the journal keeps every received event.</source>
        <translation>Tyhjennä tämä näkymä (Ctrl+L). Mitään ei menetetä: päiväkirja säilyttää jokaisen vastaanotetun tapahtuman.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="233"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="247"/>
        <source>Follow latest</source>
        <translation>Seuraa uusinta</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="250"/>
        <source>Keep the newest event in view. Scrolling up or selecting an older event turns this off; scrolling to the bottom turns it back on.</source>
        <translation>Pidä uusin tapahtuma näkyvissä. Ylöspäin vierittäminen tai vanhemman tapahtuman valitseminen poistaa tämän käytöstä; vierittäminen alas ottaa sen taas käyttöön.</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="258"/>
        <source>Valid</source>
        <translation>Kelvollinen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="266"/>
        <source>Invalid</source>
        <translation>Virheellinen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="274"/>
        <source>Stale</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="282"/>
        <source>Unsigned</source>
        <translation>Allekirjoittamaton</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="290"/>
        <source>No secret</source>
        <translation>Ei salaisuutta</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpanel.ui" line="295"/>
        <source>Show all results</source>
        <translation>Näytä kaikki tulokset</translation>
    </message>
</context>
<context>
    <name>Events::EventLogModel</name>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="270"/>
        <source>duplicate</source>
        <translation>kaksoiskappale</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="309"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="310"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="311"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="312"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="313"/>
        <source>Verification</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="314"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="315"/>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <location filename="../src/core/events/eventlogmodel.cpp" line="316"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
</context>
<context>
    <name>Events::ExportFile</name>
    <message>
        <location filename="../src/core/events/exportfile.cpp" line="24"/>
        <location filename="../src/core/events/exportfile.cpp" line="41"/>
        <source>Cannot write %1: %2.</source>
        <translation>Kohteeseen %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/exportfile.cpp" line="26"/>
        <source>Cannot make %1 private: %2.</source>
        <translation>Tiedostoa %1 ei voi tehdä yksityiseksi: %2.</translation>
    </message>
</context>
<context>
    <name>Events::ExportWriter</name>
    <message>
        <location filename="../src/core/events/exportwriter.cpp" line="41"/>
        <source>Writing the export failed: %1.</source>
        <translation>Viennin kirjoittaminen epäonnistui: %1.</translation>
    </message>
</context>
<context>
    <name>Events::HandlerAnswer</name>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="13"/>
        <source>forwarded</source>
        <translation>välitetty</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="14"/>
        <source>replayed</source>
        <translation>lähetetty uudelleen</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="15"/>
        <source>replayed re-signed</source>
        <translation>lähetetty uudelleen uudella allekirjoituksella</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="16"/>
        <source>edited and replayed</source>
        <translation>muokattu ja lähetetty uudelleen</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="24"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="27"/>
        <source>timed out</source>
        <translation>aikakatkaisu</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="28"/>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="36"/>
        <source>%1 %2 to %3: %4 in %5 ms</source>
        <translation>%1 %2 osoitteeseen %3: %4, %5 ms</translation>
    </message>
    <message>
        <location filename="../src/core/events/handleranswer.cpp" line="40"/>
        <source>%1 %2 to %3: %4</source>
        <translation>%1 %2 osoitteeseen %3: %4</translation>
    </message>
</context>
<context>
    <name>Events::HarDecoder</name>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="89"/>
        <source>startedDateTime is missing or not a date and time.</source>
        <translation>startedDateTime puuttuu tai ei ole päivämäärä ja aika.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="98"/>
        <source>request._targetBase64 is not base64.</source>
        <translation>request._targetBase64 ei ole base64-muotoa.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="103"/>
        <source>request.url is missing or not an absolute URL.</source>
        <translation>request.url puuttuu tai ei ole absoluuttinen URL.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="126"/>
        <source>request.headers is missing or not a list.</source>
        <translation>request.headers puuttuu tai ei ole luettelo.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="131"/>
        <source>request.headers[%1] needs a name and a value.</source>
        <translation>request.headers[%1] tarvitsee nimen ja arvon.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="146"/>
        <source>request.postData._bodyBase64 is not base64.</source>
        <translation>request.postData._bodyBase64 ei ole base64-muotoa.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="156"/>
        <source>response.status is missing or not a whole number.</source>
        <translation>response.status puuttuu tai ei ole kokonaisluku.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="172"/>
        <source>_verification needs a result, and a reason and webhookId as text.</source>
        <translation>_verification tarvitsee tuloksen sekä reason- ja webhookId-kentät tekstinä.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="184"/>
        <source>_remote is not text.</source>
        <translation>_remote ei ole tekstiä.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="186"/>
        <source>_duplicate is not true or false.</source>
        <translation>_duplicate ei ole true eikä false.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="206"/>
        <source>request.method is missing.</source>
        <translation>request.method puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/core/events/hardecoder.cpp" line="222"/>
        <source>_seq is not a whole number from 0 to 2^53.</source>
        <translation>_seq ei ole kokonaisluku väliltä 0–2^53.</translation>
    </message>
</context>
<context>
    <name>Events::ImportReader</name>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="54"/>
        <source>Cannot read %1: %2.</source>
        <translation>Tiedostoa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="61"/>
        <source>%1 is neither a HAR file nor JSON Lines: it does not start with &apos;{&apos;.</source>
        <translation>%1 ei ole HAR-tiedosto eikä JSON Lines: se ei ala merkillä &apos;{&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="75"/>
        <source>%1 is larger than %2 MiB, the most a HAR file may have here; export as JSON Lines (--format jsonl), which is read as a stream.</source>
        <translation>%1 on suurempi kuin %2 MiB, jonka HAR-tiedosto saa tässä enintään olla; vie JSON Lines -muodossa (--format jsonl), joka luetaan virtana.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="84"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ei ole kelvollista JSONia: %2 tavun %3 kohdalla.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="89"/>
        <source>%1 is not a HAR file: it has no log.entries list.</source>
        <translation>%1 ei ole HAR-tiedosto: siinä ei ole log.entries-luetteloa.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="108"/>
        <source>HAR entry %1 (seq %2)</source>
        <translation>HAR-merkintä %1 (seq %2)</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="109"/>
        <source>HAR entry %1</source>
        <translation>HAR-merkintä %1</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="110"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="125"/>
        <source>the first entry</source>
        <translation>ensimmäinen merkintä</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="125"/>
        <source>the entry after seq %1</source>
        <translation>merkintä seq %1:n jälkeen</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="127"/>
        <source>%1: %2 is not a journal entry (not JSON, or a field missing or of the wrong type).</source>
        <translation>%1: %2 ei ole päiväkirjamerkintä (ei JSONia, tai kenttä puuttuu tai on väärää tyyppiä).</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="132"/>
        <source>%1: %2 is cut off: the file ends in the middle of it.</source>
        <translation>%1: %2 on katkennut: tiedosto päättyy sen keskelle.</translation>
    </message>
    <message>
        <location filename="../src/core/events/importreader.cpp" line="173"/>
        <source>%1 has more than %2 entries, the most read at once.</source>
        <translation>%1 sisältää yli %2 merkintää, mikä on kerralla luettava enimmäismäärä.</translation>
    </message>
</context>
<context>
    <name>Events::PackBuilder</name>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="15"/>
        <source>a test pack needs at least one step.</source>
        <translation>testipaketissa on oltava vähintään yksi vaihe.</translation>
    </message>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="23"/>
        <source>duplicate:%1 repeats an event the pack sent before: put entry %1 in an earlier step.</source>
        <translation>duplicate:%1 toistaa tapahtuman, jonka paketti on jo lähettänyt: lisää merkintä %1 aiempaan vaiheeseen.</translation>
    </message>
    <message>
        <location filename="../src/core/events/packbuilder.cpp" line="29"/>
        <source>out-of-order:%1 goes before an event that happened earlier: put an entry before #%1 in a later step.</source>
        <translation>out-of-order:%1 lähetetään ennen aiemmin tapahtunutta tapahtumaa: lisää merkintää #%1 edeltävä merkintä myöhempään vaiheeseen.</translation>
    </message>
</context>
<context>
    <name>Events::PackFile</name>
    <message>
        <location filename="../src/core/events/packfile.cpp" line="14"/>
        <source>cannot read %1: %2</source>
        <translation>tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <location filename="../src/core/events/packfile.cpp" line="29"/>
        <source>cannot write %1: %2</source>
        <translation>tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>Events::PackStep</name>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="52"/>
        <source>a valid delivery must be acknowledged with a 2xx within 10 s, or Vipps retries it</source>
        <translation>kelvollinen toimitus on kuitattava 2xx-vastauksella 10 sekunnin kuluessa, muuten Vipps yrittää uudelleen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="53"/>
        <source>a body that differs from what was signed must be refused</source>
        <translation>runko, joka poikkeaa allekirjoitetusta, on hylättävä</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="54"/>
        <source>a delivery signed with another secret must be refused</source>
        <translation>toisella salaisuudella allekirjoitettu toimitus on hylättävä</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="55"/>
        <source>a delivery signed long ago must be refused (a replayed capture)</source>
        <translation>kauan sitten allekirjoitettu toimitus on hylättävä (uudelleen lähetetty capture)</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="57"/>
        <source>a repeated delivery must be acknowledged with a 2xx (and handled once), or Vipps keeps retrying it</source>
        <translation>toistettu toimitus on kuitattava 2xx-vastauksella (ja käsiteltävä kerran), muuten Vipps yrittää yhä uudelleen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packstep.cpp" line="59"/>
        <source>an event that arrives before an earlier one must still be acknowledged with a 2xx, or Vipps retries it and holds back the payment&apos;s later events</source>
        <translation>aiempaa tapahtumaa ennen saapuva tapahtuma on silti kuitattava 2xx-vastauksella, muuten Vipps yrittää uudelleen ja pidättää maksun myöhemmät tapahtumat</translation>
    </message>
</context>
<context>
    <name>Events::PackStepRequest</name>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="25"/>
        <source>signed with another secret</source>
        <translation>allekirjoitettu toisella salaisuudella</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="29"/>
        <source>signed correctly, with an x-ms-date %1 minutes old</source>
        <translation>oikein allekirjoitettu, x-ms-date %1 minuuttia vanha</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="35"/>
        <source>sent again, re-signed with a new x-ms-date as Vipps&apos; retries are</source>
        <translation>lähetetty uudelleen, allekirjoitettu uudelleen uudella x-ms-datella kuten Vippsin uusintayritykset</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="36"/>
        <source>sent before an event that happened earlier</source>
        <translation>lähetetty ennen aiemmin tapahtunutta tapahtumaa</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="37"/>
        <source>signed correctly</source>
        <translation>oikein allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="49"/>
        <source>a space added to the body after signing</source>
        <translation>runkoon lisätty välilyönti allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <location filename="../src/core/events/packsteprequest.cpp" line="53"/>
        <source>the amount changed from %1 to %2 after signing</source>
        <translation>summa muutettu arvosta %1 arvoon %2 allekirjoituksen jälkeen</translation>
    </message>
</context>
<context>
    <name>Events::PackStepResult</name>
    <message>
        <location filename="../src/core/events/packresult.cpp" line="20"/>
        <source>%1 expected</source>
        <translation>%1 odotettiin</translation>
    </message>
    <message>
        <location filename="../src/core/events/packresult.cpp" line="22"/>
        <source>expected %1, as the pack says</source>
        <translation>odotettiin %1, kuten paketissa sanotaan</translation>
    </message>
    <message>
        <location filename="../src/core/events/packresult.cpp" line="24"/>
        <source>expected %1: %2</source>
        <translation>odotettiin %1: %2</translation>
    </message>
</context>
<context>
    <name>Events::Replay</name>
    <message>
        <location filename="../src/core/events/replay.cpp" line="106"/>
        <source>there is no journal at %1.</source>
        <translation>polussa %1 ei ole päiväkirjaa.</translation>
    </message>
    <message>
        <location filename="../src/core/events/replay.cpp" line="114"/>
        <source>the journal %1 has no entry #%2.</source>
        <translation>päiväkirjassa %1 ei ole merkintää #%2.</translation>
    </message>
</context>
<context>
    <name>Events::TestPack</name>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="103"/>
        <source>not a test pack: a JSON object with &quot;format&quot;: &quot;%1&quot; is expected.</source>
        <translation>ei testipaketti: odotettiin JSON-objektia, jossa &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="108"/>
        <source>test pack version %1; this vipps-hooks reads version %2.</source>
        <translation>testipaketin versio %1; tämä vipps-hooks lukee version %2.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="115"/>
        <source>the test pack has no steps.</source>
        <translation>testipaketissa ei ole vaiheita.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="123"/>
        <source>step %1: %2</source>
        <translation>vaihe %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="139"/>
        <source>&quot;kind&quot; must be one of %1.</source>
        <translation>&quot;kind&quot; on oltava jokin seuraavista: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="148"/>
        <source>&quot;expect&quot; must be a status class such as &quot;2xx&quot; or &quot;4xx&quot;, or a status such as &quot;409&quot;.</source>
        <translation>&quot;expect&quot; on oltava tilaluokka kuten &quot;2xx&quot; tai &quot;4xx&quot; tai tila kuten &quot;409&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="157"/>
        <source>&quot;method&quot; must not be empty and &quot;path&quot; must start with &quot;/&quot;.</source>
        <translation>&quot;method&quot; ei saa olla tyhjä ja &quot;path&quot; on aloitettava merkillä &quot;/&quot;.</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="163"/>
        <source>each of &quot;headers&quot; must be [&quot;Name&quot;, &quot;value&quot;].</source>
        <translation>jokaisen &quot;headers&quot;-kohdan on oltava [&quot;Name&quot;, &quot;value&quot;].</translation>
    </message>
    <message>
        <location filename="../src/core/events/testpack.cpp" line="170"/>
        <source>a step needs &quot;body&quot; (text) or &quot;bodyBase64&quot;, one of them.</source>
        <translation>vaihe tarvitsee joko &quot;body&quot; (teksti) tai &quot;bodyBase64&quot;, toisen niistä.</translation>
    </message>
</context>
<context>
    <name>Gui::CredentialsPanel</name>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="144"/>
        <source>Save or revert the changes first, then use the profile.</source>
        <translation>Tallenna tai peru muutokset ensin ja ota profiili sitten käyttöön.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="207"/>
        <source>Type the new name, then save (Ctrl+S).</source>
        <translation>Kirjoita uusi nimi ja tallenna (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="286"/>
        <source>Delete the selected profile, after asking (Delete)</source>
        <translation>Poista valittu profiili vahvistuksen jälkeen (Delete)</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="293"/>
        <source>Access token</source>
        <translation>Käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="295"/>
        <source>Access token: profile %1 (production)</source>
        <translation>Käyttöoikeustunnus: profiili %1 (tuotanto)</translation>
    </message>
    <message>
        <location filename="../src/gui/credentialspanel.cpp" line="296"/>
        <source>Access token: profile %1</source>
        <translation>Käyttöoikeustunnus: profiili %1</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryLogPanel</name>
    <message>
        <location filename="../src/gui/deliverylogpanel.cpp" line="50"/>
        <source>Deliveries</source>
        <translation>Toimitukset</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/deliverylogpanel.cpp" line="50"/>
        <source>Deliveries (%n failed)</source>
        <translation>
            <numerusform>Toimitukset (%n epäonnistui)</numerusform>
            <numerusform>Toimitukset (%n epäonnistui)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/deliverylogpanel.cpp" line="36"/>
        <source>No deliveries yet. Each webhook the simulator in this app sends, and every retry of one that failed, appears here.</source>
        <translation>Ei toimituksia vielä. Jokainen tämän sovelluksen simulaattorin lähettämä webhook ja jokainen epäonnistuneen uusintayritys näkyy tässä.</translation>
    </message>
</context>
<context>
    <name>Gui::EditReplayDialog</name>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="24"/>
        <source>Edit and replay event #%1</source>
        <translation>Muokkaa ja lähetä tapahtuma #%1 uudelleen</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="25"/>
        <source>The body below is sent instead of the one received, signed afresh with the secret of webhook %1 for the URL it goes to.</source>
        <translation>Alla oleva runko lähetetään vastaanotetun sijaan, allekirjoitettuna uudelleen webhookin %1 salaisuudella sille URL-osoitteelle, johon se lähetetään.</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="35"/>
        <source>Body to send</source>
        <translation>Lähetettävä runko</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="37"/>
        <source>Whether the body is JSON</source>
        <translation>Onko runko JSONia</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="39"/>
        <source>http://localhost:3000/vipps</source>
        <translation>http://localhost:3000/vipps</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="40"/>
        <source>Handler URL</source>
        <translation>Käsittelijän URL</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="43"/>
        <source>Sign and send</source>
        <translation>Allekirjoita ja lähetä</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="52"/>
        <source>Send to:</source>
        <translation>Lähetä osoitteeseen:</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="81"/>
        <source>The body is valid JSON.</source>
        <translation>Runko on kelvollista JSONia.</translation>
    </message>
    <message>
        <location filename="../src/gui/editreplaydialog.cpp" line="82"/>
        <source>The body is not valid JSON (%1 at character %2); it is sent as it is.</source>
        <translation>Runko ei ole kelvollista JSONia (%1 merkin %2 kohdalla); se lähetetään sellaisenaan.</translation>
    </message>
</context>
<context>
    <name>Gui::EnvironmentLooks</name>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="11"/>
        <source>local simulator</source>
        <translation>paikallinen simulaattori</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="12"/>
        <source>test</source>
        <translation>testi</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="13"/>
        <source>PRODUCTION</source>
        <translation>TUOTANTO</translation>
    </message>
    <message>
        <location filename="../src/gui/environmentlooks.cpp" line="14"/>
        <source>custom address</source>
        <translation>mukautettu osoite</translation>
    </message>
</context>
<context>
    <name>Gui::EventLogMenu</name>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="50"/>
        <source>Replay to the &amp;forward target</source>
        <translation>Lähetä uudelleen &amp;välityskohteeseen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="52"/>
        <source>Replay to a &amp;URL…</source>
        <translation>Lähetä uudelleen &amp;URL-osoitteeseen…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="53"/>
        <source>Replay &amp;re-signed</source>
        <translation>Lähetä uudelleen &amp;allekirjoitettuna uudelleen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="54"/>
        <source>&amp;Edit and replay…</source>
        <translation>&amp;Muokkaa ja lähetä uudelleen…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="56"/>
        <source>Copy &amp;body</source>
        <translation>Kopioi &amp;runko</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="57"/>
        <source>Copy as &amp;curl</source>
        <translation>Kopioi &amp;curl-komentona</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="58"/>
        <source>Copy r&amp;aw request</source>
        <translation>Kopioi raaka &amp;pyyntö</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="60"/>
        <source>E&amp;xport selection…</source>
        <translation>Vi&amp;e valinta…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="61"/>
        <source>Save as &amp;test pack…</source>
        <translation>Tallenna &amp;testipaketiksi…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="73"/>
        <source>Event #%1: %2</source>
        <translation>Tapahtuma #%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="133"/>
        <source>Its request is no longer in the journal (rotated away or removed).</source>
        <translation>Pyyntöä ei ole enää päiväkirjassa (kierrätetty pois tai poistettu).</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="134"/>
        <source>Select one event for this.</source>
        <translation>Valitse tätä varten yksi tapahtuma.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="145"/>
        <source>The body exactly as received</source>
        <translation>Runko täsmälleen vastaanotetussa muodossa</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="146"/>
        <source>A curl command that sends the request again</source>
        <translation>curl-komento, joka lähettää pyynnön uudelleen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="147"/>
        <source>The request as HTTP/1.1 text, credentials removed</source>
        <translation>Pyyntö HTTP/1.1-tekstinä ilman tunnistetietoja</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="159"/>
        <source>The selected events are no longer in the journal (rotated away or removed).</source>
        <translation>Valittuja tapahtumia ei ole enää päiväkirjassa (kierrätetty pois tai poistettu).</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="160"/>
        <source>Save the selected events as HAR or JSON Lines, credentials removed</source>
        <translation>Tallenna valitut tapahtumat HAR- tai JSON Lines -muodossa ilman tunnistetietoja</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="162"/>
        <source>Make a test pack of the selected deliveries, with broken ones added as you choose</source>
        <translation>Tee valituista toimituksista testipaketti ja lisää rikkinäisiä valintasi mukaan</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="163"/>
        <source>Select webhook deliveries for this: a test pack replays deliveries.</source>
        <translation>Valitse tähän webhook-toimituksia: testipaketti lähettää toimitukset uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="170"/>
        <source>Send it as received, with its original signature, to %1</source>
        <translation>Lähetä se vastaanotetussa muodossa alkuperäisellä allekirjoituksella osoitteeseen %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="171"/>
        <source>No forward target is set for this event&apos;s type: set &quot;Forward to&quot; for this profile.</source>
        <translation>Tälle tapahtumatyypille ei ole asetettu välityskohdetta: aseta ”Välitä osoitteeseen” tälle profiilille.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="172"/>
        <source>Send it as received, with its original signature, to a URL you give</source>
        <translation>Lähetä se vastaanotetussa muodossa alkuperäisellä allekirjoituksella antamaasi URL-osoitteeseen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="178"/>
        <source>Sign it afresh with the secret of webhook %1 and send it to %2</source>
        <translation>Allekirjoita se uudelleen webhookin %1 salaisuudella ja lähetä se osoitteeseen %2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="179"/>
        <source>Replay it to a URL first, or set a forward target.</source>
        <translation>Lähetä se ensin uudelleen URL-osoitteeseen tai aseta välityskohde.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="180"/>
        <source>Change the body, then sign it afresh with the secret of webhook %1</source>
        <translation>Muuta runkoa ja allekirjoita se sitten uudelleen webhookin %1 salaisuudella</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="208"/>
        <source>Replay event #%1</source>
        <translation>Lähetä tapahtuma #%1 uudelleen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="209"/>
        <source>Send it as received, with its original signature, to:</source>
        <translation>Lähetä se vastaanotetussa muodossa alkuperäisellä allekirjoituksella osoitteeseen:</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="212"/>
        <location filename="../src/gui/eventlogmenu.cpp" line="316"/>
        <source>Replay</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="288"/>
        <source>The selected deliveries are no longer in the journal (rotated away or removed): there is nothing to make a test pack of.</source>
        <translation>Valittuja toimituksia ei ole enää päiväkirjassa (kierrätetty pois tai poistettu): testipakettia ei ole mistä tehdä.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="300"/>
        <source>The selected events are no longer in the journal (rotated away or removed): there is nothing to export.</source>
        <translation>Valittuja tapahtumia ei ole enää päiväkirjassa (kierrätetty pois tai poistettu): vietävää ei ole.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="313"/>
        <source>Replaying event #%1 to %2…</source>
        <translation>Lähetetään tapahtumaa #%1 uudelleen osoitteeseen %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmenu.cpp" line="317"/>
        <source>Event #%1 was not replayed: %2</source>
        <translation>Tapahtumaa #%1 ei lähetetty uudelleen: %2</translation>
    </message>
</context>
<context>
    <name>Gui::EventLogPanel</name>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="44"/>
        <source>No events yet. Deliveries to the receiver appear here.</source>
        <translation>Ei vielä tapahtumia. Vastaanottimeen tulevat toimitukset näkyvät tässä.</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="263"/>
        <source>All results</source>
        <translation>Kaikki tulokset</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="265"/>
        <source>Only %1</source>
        <translation>Vain %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="267"/>
        <source>%1 of %2 results</source>
        <translation>%1/%2 tulosta</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="104"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="274"/>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="104"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="274"/>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="275"/>
        <source>Add the waiting events and show new ones as they arrive (Space or Ctrl+P)</source>
        <translation>Lisää odottavat tapahtumat ja näytä uudet niiden saapuessa (välilyönti tai Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="276"/>
        <source>Hold new events back so the table stays still (Space or Ctrl+P)</source>
        <translation>Pidätä uudet tapahtumat, jotta taulukko pysyy paikallaan (välilyönti tai Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="108"/>
        <location filename="../src/gui/eventlogpanel.cpp" line="290"/>
        <source>%n waiting</source>
        <comment>events held back while paused</comment>
        <translation>
            <numerusform>%n odottaa</numerusform>
            <numerusform>%n odottaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogpanel.cpp" line="297"/>
        <source>No events match the filter.</source>
        <translation>Mikään tapahtuma ei vastaa suodatinta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="304"/>
        <source>%1 of %n events match</source>
        <translation>
            <numerusform>%1/%n tapahtumasta vastaa</numerusform>
            <numerusform>%1/%n tapahtumasta vastaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/eventlogpanel.cpp" line="311"/>
        <source>%n new events</source>
        <translation>
            <numerusform>%n uusi tapahtuma</numerusform>
            <numerusform>%n uutta tapahtumaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ExportSelectionDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/exportselectiondialog.cpp" line="15"/>
        <source>Export %n events</source>
        <translation>
            <numerusform>Vie %n tapahtuma</numerusform>
            <numerusform>Vie %n tapahtumaa</numerusform>
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
            <numerusform>Vietiin %n tapahtuma tiedostoon %1.</numerusform>
            <numerusform>Vietiin %n tapahtumaa tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="52"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location filename="../src/gui/exportselectiondialog.cpp" line="53"/>
        <source>The events could not be written to %1.</source>
        <translation>Tapahtumia ei voitu kirjoittaa tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>Gui::ForwardDialog</name>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="27"/>
        <source>Forward to</source>
        <translation>Välitä osoitteeseen</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="28"/>
        <source>Each delivery the receiver accepts goes on to your own handler with its exact bytes and headers, so your handler&apos;s own signature check says valid. What it answers shows in the event log&apos;s Handler column and the inspector&apos;s Handler tab, and is kept in the journal. The sender&apos;s answer never waits for your handler.</source>
        <translation>Jokainen vastaanottimen hyväksymä toimitus välitetään omalle käsittelijällesi täsmälleen samoin tavuin ja otsakkein, joten käsittelijäsi oma allekirjoituksen tarkistus toteaa sen kelvolliseksi. Vastaus näkyy tapahtumalokin Käsittelijä-sarakkeessa ja tarkastimen Käsittelijä-välilehdellä, ja se tallennetaan päiväkirjaan. Vastaus lähettäjälle ei koskaan odota käsittelijääsi.</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="33"/>
        <source>One route a line, kept for profile &quot;%1&quot;:
URL: every accepted delivery, e.g. http://localhost:3000/vipps
EVENT-TYPE=URL: only that type, e.g. captured=http://localhost:4000/captures (short for epayments.payment.captured.v1=…)</source>
        <translation>Yksi reitti riville, tallennetaan profiilille ”%1”:
URL: kaikki hyväksytyt toimitukset, esim. http://localhost:3000/vipps
TAPAHTUMATYYPPI=URL: vain se tyyppi, esim. captured=http://localhost:4000/captures (lyhyt muoto: epayments.payment.captured.v1=…)</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="45"/>
        <source>Forwarding routes, one a line</source>
        <translation>Välitysreitit, yksi riville</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="51"/>
        <source>&amp;Forward</source>
        <translation>&amp;Välitä</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="52"/>
        <source>&amp;Stop forwarding</source>
        <translation>&amp;Lopeta välitys</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="98"/>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forwarddialog.cpp" line="114"/>
        <source>The routes could not be kept: check that the settings file can be written.</source>
        <translation>Reittejä ei voitu tallentaa: tarkista, että asetustiedostoon voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>Gui::HandlerAnswersView</name>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="52"/>
        <source>Handler answers</source>
        <translation>Käsittelijän vastaukset</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>To</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="55"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="89"/>
        <source>Handler&apos;s answer</source>
        <translation>Käsittelijän vastaus</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="92"/>
        <source>Headers of the handler&apos;s answer</source>
        <translation>Käsittelijän vastauksen otsakkeet</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="93"/>
        <source>Header</source>
        <translation>Otsake</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="93"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="104"/>
        <source>Body of the handler&apos;s answer</source>
        <translation>Käsittelijän vastauksen runko</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="131"/>
        <source>Select an event in the log to see what your handler answered to it.</source>
        <translation>Valitse tapahtuma lokista nähdäksesi, mitä käsittelijäsi vastasi siihen.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="142"/>
        <source>Your handler has not answered this event. Set Receiver → Forward to… or replay the event from the log&apos;s context menu: what your handler answers shows here, with its status, headers and body.</source>
        <translation>Käsittelijäsi ei ole vastannut tähän tapahtumaan. Valitse Vastaanotin → Välitä osoitteeseen… tai lähetä tapahtuma uudelleen lokin pikavalikosta: käsittelijäsi vastaus näkyy tässä tilakoodeineen, otsakkeineen ja runkoineen.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="173"/>
        <source>Sent %1 to %2.</source>
        <translation>%1 lähetettiin osoitteeseen %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="177"/>
        <source>HTTP %1 in %2 ms. %3</source>
        <translation>HTTP %1, %2 ms. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="179"/>
        <source>Timed out after %1 ms: %2. %3</source>
        <translation>Aikakatkaisu %1 ms:n jälkeen: %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="180"/>
        <source>No answer (after %1 ms): %2. %3</source>
        <translation>Ei vastausta (%1 ms:n jälkeen): %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="201"/>
        <source>… more not kept</source>
        <translation>… loput jätetty tallentamatta</translation>
    </message>
    <message>
        <location filename="../src/gui/handleranswersview.cpp" line="204"/>
        <source>No body.</source>
        <translation>Ei runkoa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/handleranswersview.cpp" line="206"/>
        <source>Body (%n bytes kept), as pretty JSON:</source>
        <translation>
            <numerusform>Runko (%n tavu tallennettu), muotoiltuna JSONina:</numerusform>
            <numerusform>Runko (%n tavua tallennettu), muotoiltuna JSONina:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/handleranswersview.cpp" line="208"/>
        <source>Body (%n bytes kept):</source>
        <translation>
            <numerusform>Runko (%n tavu tallennettu):</numerusform>
            <numerusform>Runko (%n tavua tallennettu):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::HandlerTools</name>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="19"/>
        <source>&amp;Import events…</source>
        <translation>&amp;Tuo tapahtumia…</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="21"/>
        <source>Open a HAR or JSON Lines file of webhook deliveries in a window of its own</source>
        <translation>Avaa webhook-toimituksia sisältävä HAR- tai JSON Lines -tiedosto omaan ikkunaansa</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="27"/>
        <source>&amp;Tools</source>
        <translation>&amp;Työkalut</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="29"/>
        <source>&amp;Test packs…</source>
        <translation>Testi&amp;paketit…</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="31"/>
        <source>Run a test pack against your handler, or make one from events</source>
        <translation>Aja testipaketti käsittelijääsi vastaan tai tee sellainen tapahtumista</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="61"/>
        <source>Import events</source>
        <translation>Tuo tapahtumia</translation>
    </message>
    <message>
        <location filename="../src/gui/handlertools.cpp" line="62"/>
        <source>HAR or JSON Lines (*.har *.jsonl *.json);;All files (*)</source>
        <translation>HAR tai JSON Lines (*.har *.jsonl *.json);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>Gui::ImportWindow</name>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="27"/>
        <source>%1 (imported) – Vipps Webhook Workbench</source>
        <translation>%1 (tuotu) – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="34"/>
        <location filename="../src/gui/importwindow.cpp" line="41"/>
        <source>Reading %1…</source>
        <translation>Luetaan %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="53"/>
        <source>Could not import %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tuoda: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="54"/>
        <source>Nothing imported. The live event log and the journal are unchanged.</source>
        <translation>Mitään ei tuotu. Reaaliaikainen tapahtumaloki ja päiväkirja ovat ennallaan.</translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="60"/>
        <source>Imported from %1: 1 event. Imported events are never forwarded.</source>
        <translation>Tuotu tiedostosta %1: 1 tapahtuma. Tuotuja tapahtumia ei koskaan välitetä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/importwindow.cpp" line="61"/>
        <source>Imported from %1: %n events. Imported events are never forwarded.</source>
        <translation>
            <numerusform>Tuotu tiedostosta %1: %n tapahtuma. Tuotuja tapahtumia ei koskaan välitetä.</numerusform>
            <numerusform>Tuotu tiedostosta %1: %n tapahtumaa. Tuotuja tapahtumia ei koskaan välitetä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/importwindow.cpp" line="64"/>
        <source>Requests that were no deliveries left out: %1.</source>
        <translation>Pois jätetyt pyynnöt, jotka eivät olleet toimituksia: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::InspectorPanel</name>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="34"/>
        <source>(missing)</source>
        <translation>(puuttuu)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="40"/>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="41"/>
        <source>Signature invalid</source>
        <translation>Virheellinen allekirjoitus</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="42"/>
        <source>Stale: x-ms-date is too far off</source>
        <translation>Vanhentunut: x-ms-date poikkeaa liikaa</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="43"/>
        <source>Not signed</source>
        <translation>Ei allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="44"/>
        <source>No secret to check with</source>
        <translation>Ei salaisuutta tarkistukseen</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="57"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="62"/>
        <source>no event name</source>
        <translation>ei tapahtuman nimeä</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="67"/>
        <source>answered HTTP %1</source>
        <translation>vastaus HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="69"/>
        <source>duplicate</source>
        <translation>kaksoiskappale</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="76"/>
        <source>Not a delivery: nothing to verify.</source>
        <translation>Ei toimitus: ei tarkistettavaa.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="85"/>
        <source>This is the check sent before a webhook is registered, signed with a secret nobody has: refusing it is right.</source>
        <translation>Tämä on tarkistus, joka lähetetään ennen webhookin rekisteröintiä ja allekirjoitetaan salaisuudella, jota kenelläkään ei ole: sen hylkääminen on oikein.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="96"/>
        <source>Checked for host %1, not for the Host it came with (%2): Vipps signs for the host of the URL it delivers to, whatever Host a tunnel passes on.</source>
        <translation>Tarkistettu isännälle %1, ei sille Host-otsakkeelle, jonka kanssa se tuli (%2): Vipps allekirjoittaa sen URL:n isännälle, johon se toimittaa, välitti tunneli minkä Hostin tahansa.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="106"/>
        <source>Read back from the journal (the log keeps the newest %L1 events whole): checked again with the webhook secrets loaded now.</source>
        <translation>Luettu takaisin päiväkirjasta (loki pitää kokonaisina vain %L1 uusinta tapahtumaa): tarkistettu uudelleen nyt ladatuilla webhook-salaisuuksilla.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="109"/>
        <source>Read back from the journal (the log keeps the newest %L1 events whole): checked again with the webhook secrets loaded now. When it arrived: %2.</source>
        <translation>Luettu takaisin päiväkirjasta (loki pitää kokonaisina vain %L1 uusinta tapahtumaa): tarkistettu uudelleen nyt ladatuilla webhook-salaisuuksilla. Saapuessaan: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="118"/>
        <source>Its request is no longer in the journal (rotated away or removed): only this summary is left.</source>
        <translation>Pyyntöä ei ole enää päiväkirjassa (kierrätetty pois tai poistettu): jäljellä on vain tämä yhteenveto.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="125"/>
        <source>Imported from a file, never forwarded: checked with the webhook secrets loaded now.</source>
        <translation>Tuotu tiedostosta, ei koskaan välitetty: tarkistettu nyt ladatuilla webhook-salaisuuksilla.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="128"/>
        <source>Imported from a file, never forwarded: checked with the webhook secrets loaded now. When it arrived: %1.</source>
        <translation>Tuotu tiedostosta, ei koskaan välitetty: tarkistettu nyt ladatuilla webhook-salaisuuksilla. Saapui: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="132"/>
        <source>From the journal of an earlier run: checked again with the webhook secrets loaded now.</source>
        <translation>Aiemman ajon päiväkirjasta: tarkistettu uudelleen nyt ladatuilla webhook-salaisuuksilla.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="134"/>
        <source>From the journal of an earlier run: checked again with the webhook secrets loaded now. When it arrived: %1.</source>
        <translation>Aiemman ajon päiväkirjasta: tarkistettu uudelleen nyt ladatuilla webhook-salaisuuksilla. Saapuessaan: %1.</translation>
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
        <translation>ei mitään käytetty (kokeiltuja salaisuuksia: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="150"/>
        <source>, webhook %1</source>
        <translation>, webhook %1</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="151"/>
        <source> (secrets tried: %1)</source>
        <translation> (kokeiltuja salaisuuksia: %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="157"/>
        <source>none: no HMAC-SHA256 Authorization or X-Vipps-Authorization header</source>
        <translation>ei mitään: ei HMAC-SHA256-muotoista Authorization- tai X-Vipps-Authorization-otsaketta</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="164"/>
        <source>unknown: x-ms-date is missing</source>
        <translation>tuntematon: x-ms-date puuttuu</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="166"/>
        <source>unknown: x-ms-date is not an RFC 1123 date</source>
        <translation>tuntematon: x-ms-date ei ole RFC 1123 -päivämäärä</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="168"/>
        <source>dated %1 s before it arrived</source>
        <translation>päivätty %1 s ennen saapumista</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="169"/>
        <source>dated %1 s after it arrived: a clock is ahead</source>
        <translation>päivätty %1 s saapumisen jälkeen: jokin kello on edellä</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="175"/>
        <source>The body is empty (0 bytes).</source>
        <translation>Runko on tyhjä (0 tavua).</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="177"/>
        <source>%1 bytes of UTF-8 text.</source>
        <translation>%1 tavua UTF-8-tekstiä.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectortext.cpp" line="178"/>
        <source>%1 bytes, not printable UTF-8: control characters show as symbols such as ␍, other bytes that are not text as �. Copy as curl keeps every byte.</source>
        <translation>%1 tavua, ei tulostettavaa UTF-8:aa: ohjausmerkit näkyvät symboleina, kuten ␍, ja muut tavut, jotka eivät ole tekstiä, merkkinä �. Kopioi curl-komentona säilyttää jokaisen tavun.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="72"/>
        <location filename="../src/gui/inspectorpanel.cpp" line="187"/>
        <location filename="../src/gui/inspectorpanel.cpp" line="256"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="129"/>
        <source>Copy selected headers</source>
        <translation>Kopioi valitut otsakkeet</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="138"/>
        <source>Copy the inspected event as curl</source>
        <translation>Kopioi tarkasteltava tapahtuma curl-komentona</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="188"/>
        <source>No event selected.</source>
        <translation>Tapahtumaa ei ole valittu.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="197"/>
        <source>Select an event in the log to see how its signature was checked.</source>
        <translation>Valitse lokista tapahtuma nähdäksesi, miten sen allekirjoitus tarkistettiin.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="237"/>
        <source>The body is no longer in the journal.</source>
        <translation>Runkoa ei ole enää päiväkirjassa.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="246"/>
        <source>The request is no longer in the journal, so its check cannot be shown step by step: the summary above says how it was checked when it arrived.</source>
        <translation>Pyyntöä ei ole enää päiväkirjassa, joten tarkistusta ei voi näyttää vaihe vaiheelta: yllä oleva yhteenveto kertoo, miten se tarkistettiin saapuessaan.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="256"/>
        <source>Handler (%1)</source>
        <translation>Käsittelijä (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="266"/>
        <source>Nothing to verify: %1 is not a webhook delivery (Vipps delivers with POST), so no signature was checked. It was answered with HTTP %2.</source>
        <translation>Ei tarkistettavaa: %1 ei ole webhook-toimitus (Vipps toimittaa POST-pyynnöillä), joten allekirjoitusta ei tarkistettu. Vastaus oli HTTP %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="295"/>
        <source>✗ missing</source>
        <translation>✗ puuttuu</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="297"/>
        <source>– not checked</source>
        <translation>– ei tarkistettu</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="299"/>
        <source>✓ equal</source>
        <translation>✓ sama</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="299"/>
        <source>✗ different</source>
        <translation>✗ eri</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorpanel.cpp" line="309"/>
        <source>The body is not JSON.</source>
        <translation>Runko ei ole JSONia.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="82"/>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="96"/>
        <source>The language changes the next time the app starts.</source>
        <translation>Kieli vaihtuu, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="116"/>
        <source>Workbench panels</source>
        <translation>Workbenchin paneelit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="130"/>
        <source>&amp;Quick start</source>
        <translation>&amp;Pika-aloitus</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="131"/>
        <source>&amp;Credentials</source>
        <translation>T&amp;unnistetiedot</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="132"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhookit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="133"/>
        <source>&amp;Payments</source>
        <translation>&amp;Maksut</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="157"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="164"/>
        <source>Outgoing requests</source>
        <translation>Lähtevät pyynnöt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>The receiver is not running: %1</source>
        <translation>Vastaanotin ei ole käynnissä: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="208"/>
        <source>No events yet. Deliveries to %1 appear here.</source>
        <translation>Ei vielä tapahtumia. Osoitteeseen %1 tulevat toimitukset näkyvät tässä.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="244"/>
        <source>%1 (%2) – Vipps Webhook Workbench</source>
        <translation>%1 (%2) – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="246"/>
        <source>Profile &quot;%1&quot; talks to the simulator inside this app: nothing leaves this machine and no keys are needed.</source>
        <translation>Profiili &quot;%1&quot; käyttää tämän sovelluksen sisäistä simulaattoria: mitään ei lähde tältä koneelta, eikä avaimia tarvita.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="249"/>
        <source>Profile &quot;%1&quot; talks to Vipps MobilePay (%2).</source>
        <translation>Profiili &quot;%1&quot; kutsuu Vipps MobilePay -palvelua (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="255"/>
        <source>Receiver port</source>
        <translation>Vastaanottimen portti</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Port for the embedded receiver on 127.0.0.1 (0 picks a free one):</source>
        <translation>Sisäisen vastaanottimen portti osoitteessa 127.0.0.1 (0 valitsee vapaan portin):</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
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
        <translation>README-tiedostoa ei ole asennettu tälle koneelle; se on README.md projektin lähdekoodissa.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="288"/>
        <source>Nothing on this machine opens it; the README is %1.</source>
        <translation>Mikään tällä koneella ei avaa sitä; README on %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="293"/>
        <source>About Vipps Webhook Workbench</source>
        <translation>Tietoja ohjelmasta Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="294"/>
        <source>&lt;p&gt;&lt;b&gt;Vipps Webhook Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register Vipps MobilePay webhooks, create test payments, and see every delivery arrive with its signature explained. Everything stays on this machine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vipps Webhook Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rekisteröi Vipps MobilePay -webhookeja, luo testimaksuja ja näe jokaisen toimituksen saapuminen allekirjoituksen selityksen kera. Kaikki pysyy tällä koneella.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBoxConfirmer</name>
    <message>
        <location filename="../src/gui/messageboxconfirmer.cpp" line="12"/>
        <source>Call production</source>
        <translation>Kutsu tuotantoa</translation>
    </message>
</context>
<context>
    <name>Gui::PackDialog</name>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="20"/>
        <source>Test packs – Vipps Webhook Workbench</source>
        <translation>Testipaketit – Vipps Webhook Workbench</translation>
    </message>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="23"/>
        <source>&amp;Run a pack</source>
        <translation>&amp;Aja paketti</translation>
    </message>
    <message>
        <location filename="../src/gui/packdialog.cpp" line="24"/>
        <source>&amp;New pack from events</source>
        <translation>&amp;Uusi paketti tapahtumista</translation>
    </message>
</context>
<context>
    <name>Gui::PackNewPage</name>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="31"/>
        <source>&amp;Save pack…</source>
        <translation>&amp;Tallenna paketti…</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="34"/>
        <source>Tick the steps to make of each event. A valid, duplicate or out-of-order step passes on a 2xx; a tampered, wrong-secret or stale one on a 4xx. Steps go in event order: out-of-order ones first, duplicates last.</source>
        <translation>Valitse vaiheet, jotka kustakin tapahtumasta tehdään. Kelvollinen vaihe, kaksoiskappale tai väärässä järjestyksessä oleva vaihe läpäisee 2xx-vastauksella; peukaloitu, väärällä salaisuudella allekirjoitettu tai vanhentunut 4xx-vastauksella. Vaiheet ovat tapahtumien järjestyksessä: väärässä järjestyksessä olevat ensin, kaksoiskappaleet viimeisinä.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="43"/>
        <source>Events of the new pack</source>
        <translation>Uuden paketin tapahtumat</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="50"/>
        <source>Add &amp;every broken kind</source>
        <translation>Lisää &amp;kaikki rikkinäiset tyypit</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="51"/>
        <source>One tampered, wrong-secret, stale and duplicate step of the first event, and the last event sent out of order.</source>
        <translation>Ensimmäisestä tapahtumasta yksi peukaloitu, yksi väärällä salaisuudella allekirjoitettu, yksi vanhentunut ja yksi kaksoiskappale sekä viimeinen tapahtuma väärässä järjestyksessä lähetettynä.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="69"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="90"/>
        <source>No events given: choose events in the event log and save them as a test pack from there.</source>
        <translation>Tapahtumia ei annettu: valitse tapahtumat tapahtumalokista ja tallenna ne sieltä testipaketiksi.</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="129"/>
        <source>Save test pack</source>
        <translation>Tallenna testipaketti</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="130"/>
        <source>Test packs (*.json)</source>
        <translation>Testipaketit (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="140"/>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packnewpage.cpp" line="145"/>
        <source>Saved 1 step to %1.</source>
        <translation>Tallennettiin 1 vaihe tiedostoon %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/packnewpage.cpp" line="145"/>
        <source>Saved %n steps to %1.</source>
        <translation>
            <numerusform>Tallennettiin %n vaihe tiedostoon %1.</numerusform>
            <numerusform>Tallennettiin %n vaihetta tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::PackRunPage</name>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="57"/>
        <source>&amp;Run</source>
        <translation>&amp;Aja</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="58"/>
        <source>S&amp;top</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="78"/>
        <source>Steps of the test pack</source>
        <translation>Testipaketin vaiheet</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="104"/>
        <source>&amp;Open pack…</source>
        <translation>A&amp;vaa paketti…</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="107"/>
        <source>Pack:</source>
        <translation>Paketti:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="109"/>
        <source>Your handler&apos;s URL. Without a path each step&apos;s own path is used.</source>
        <translation>Käsittelijäsi URL. Ilman polkua käytetään kunkin vaiheen omaa polkua.</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="110"/>
        <source>Handler &amp;URL:</source>
        <translation>Käsittelijän &amp;URL:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="112"/>
        <source>Secret to sign with</source>
        <translation>Allekirjoitukseen käytettävä salaisuus</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="115"/>
        <source>the webhook secret your handler verifies with</source>
        <translation>webhook-salaisuus, jolla käsittelijäsi tarkistaa</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="116"/>
        <source>Webhook secret</source>
        <translation>Webhookin salaisuus</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="118"/>
        <source>&amp;Sign with:</source>
        <translation>A&amp;llekirjoita:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="142"/>
        <source>Secret of %1</source>
        <translation>Salaisuus (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="143"/>
        <source>A secret typed here:</source>
        <translation>Tähän kirjoitettu salaisuus:</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="151"/>
        <source>Open test pack</source>
        <translation>Avaa testipaketti</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="152"/>
        <source>Test packs (*.json);;All files (*)</source>
        <translation>Testipaketit (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="161"/>
        <source>Not opened: %1</source>
        <translation>Ei avattu: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="173"/>
        <source>No pack open. Open one, or make one on the other page.</source>
        <translation>Pakettia ei ole avattu. Avaa paketti tai tee sellainen toisella sivulla.</translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="174"/>
        <source>%1 (1 step)</source>
        <translation>%1 (1 vaihe)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/packrunpage.cpp" line="175"/>
        <source>%1 (%n steps)</source>
        <translation>
            <numerusform>%1 (%n vaihe)</numerusform>
            <numerusform>%1 (%n vaihetta)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/packrunpage.cpp" line="192"/>
        <source>Running…</source>
        <translation>Ajetaan…</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentForm</name>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="32"/>
        <source>Test payment from Vipps Webhook Workbench</source>
        <translation>Vipps Webhook Workbench -testimaksu</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="161"/>
        <source>Create the payment, then approve it as the test user (Ctrl+Shift+Return)</source>
        <translation>Luo maksu ja hyväksy se testikäyttäjänä (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="163"/>
        <source>Force approve exists only in the simulator and the test environment</source>
        <translation>Pakotettu hyväksyntä on käytettävissä vain simulaattorissa ja testiympäristössä</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="169"/>
        <source>Fix what is marked above to create the payment.</source>
        <translation>Korjaa yllä merkityt kohdat luodaksesi maksun.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="171"/>
        <source>Creating the payment…</source>
        <translation>Luodaan maksua…</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentform.cpp" line="180"/>
        <source>sent as amount.value = %1</source>
        <translation>lähetetään muodossa amount.value = %1</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentQuestions</name>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="30"/>
        <source>Capture %1</source>
        <translation>Veloita %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="30"/>
        <source>Refund %1</source>
        <translation>Hyvitä %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="32"/>
        <source>Amount to capture in %1, at most %2: authorized and not yet captured.</source>
        <translation>Veloitettava summa (%1), enintään %2: varattu eikä vielä veloitettu.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="33"/>
        <source>Amount to refund in %1, at most %2: captured and not yet refunded.</source>
        <translation>Hyvitettävä summa (%1), enintään %2: veloitettu eikä vielä hyvitetty.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="38"/>
        <source>Capture</source>
        <translation>Veloita</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="38"/>
        <source>Refund</source>
        <translation>Hyvitä</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="51"/>
        <source>Cancel %1</source>
        <translation>Peruuta %1</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="55"/>
        <source>Cancel the payment</source>
        <translation>Peruuta maksu</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="56"/>
        <source>Keep it</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="67"/>
        <source>Open payment by reference</source>
        <translation>Avaa maksu viitteellä</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="68"/>
        <source>Reference of a payment of merchant serial number %1:</source>
        <translation>Maksun viite kauppiasnumerolle %1:</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentquestions.cpp" line="69"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
</context>
<context>
    <name>Gui::PaymentsPanel</name>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="152"/>
        <source>Loading the profile&apos;s keys…</source>
        <translation>Ladataan profiilin avaimia…</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="153"/>
        <source>Choose a profile under Credentials to create payments.</source>
        <translation>Valitse profiili kohdassa Tunnistetiedot luodaksesi maksuja.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="221"/>
        <source>Opened the landing page of %1 in the browser.</source>
        <translation>Avattiin maksun %1 aloitussivu selaimessa.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="223"/>
        <source>No browser could be opened here: copy the landing page&apos;s address and open it in a browser that can reach %1.</source>
        <translation>Selainta ei voitu avata täällä: kopioi aloitussivun osoite ja avaa se selaimessa, joka tavoittaa %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="234"/>
        <source>Copied the landing page&apos;s address of %1.</source>
        <translation>Kopioitiin maksun %1 aloitussivun osoite.</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="245"/>
        <source>Select a payment to see its landing page</source>
        <translation>Valitse maksu nähdäksesi sen aloitussivun</translation>
    </message>
    <message>
        <location filename="../src/gui/paymentspanel.cpp" line="264"/>
        <source>%1 failed</source>
        <translation>Epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>Gui::PreflightCheckList</name>
    <message>
        <location filename="../src/gui/preflightchecklist.cpp" line="18"/>
        <source>Check of the URL</source>
        <translation>URL-osoitteen tarkistus</translation>
    </message>
    <message>
        <location filename="../src/gui/preflightchecklist.cpp" line="37"/>
        <source>Checking that Vipps can deliver to %1…</source>
        <translation>Tarkistetaan, voiko Vipps toimittaa osoitteeseen %1…</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileEditor</name>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="32"/>
        <source>client_id from the business portal</source>
        <translation>client_id yritysportaalista</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="33"/>
        <source>for example 123456</source>
        <translation>esimerkiksi 123456</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="34"/>
        <source>client_secret from the business portal</source>
        <translation>client_secret yritysportaalista</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="35"/>
        <source>Ocp-Apim-Subscription-Key, primary or secondary</source>
        <translation>Ocp-Apim-Subscription-Key, ensisijainen tai toissijainen</translation>
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
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="56"/>
        <source>Simulator (built in, no keys needed)</source>
        <translation>Simulaattori (sisäänrakennettu, avaimia ei tarvita)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="57"/>
        <source>Test (apitest.vipps.no)</source>
        <translation>Testi (apitest.vipps.no)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="58"/>
        <source>Production (api.vipps.no)</source>
        <translation>Tuotanto (api.vipps.no)</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="59"/>
        <source>Custom base URL</source>
        <translation>Mukautettu perus-URL</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="105"/>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="106"/>
        <source>Hide the %1</source>
        <translation>Piilota %1</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="106"/>
        <source>Show the %1</source>
        <translation>Näytä %1</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="95"/>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="96"/>
        <source>subscription key</source>
        <translation>tilausavain</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="210"/>
        <source>Another profile is called &quot;%1&quot; already. Choose another name.</source>
        <translation>Toisen profiilin nimi on jo &quot;%1&quot;. Valitse toinen nimi.</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="213"/>
        <source>Enter both the client secret and the subscription key: they are saved together. Leave both empty to keep the keys as they are.</source>
        <translation>Syötä sekä client secret että tilausavain: ne tallennetaan yhdessä. Jätä molemmat tyhjiksi, jos haluat säilyttää avaimet ennallaan.</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="242"/>
        <source>Hide the advanced settings</source>
        <translation>Piilota lisäasetukset</translation>
    </message>
    <message>
        <location filename="../src/gui/profileeditor.cpp" line="243"/>
        <source>Show the advanced settings</source>
        <translation>Näytä lisäasetukset</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileList</name>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="22"/>
        <source>simulator</source>
        <translation>simulaattori</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="23"/>
        <source>test</source>
        <translation>testi</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="24"/>
        <source>production</source>
        <translation>tuotanto</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="25"/>
        <source>custom</source>
        <translation>mukautettu</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="77"/>
        <source>%1 (in use)</source>
        <translation>%1 (käytössä)</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="83"/>
        <source>This profile cannot be read: its environment is unknown.</source>
        <translation>Tätä profiilia ei voi lukea: sen ympäristö on tuntematon.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilelist.cpp" line="87"/>
        <source>%1 environment, %2</source>
        <translation>Ympäristö: %1, %2</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileQuestions</name>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="11"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="12"/>
        <source>The new profile is not saved yet.</source>
        <translation>Uutta profiilia ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="13"/>
        <source>Profile %1 has unsaved changes.</source>
        <translation>Profiilissa %1 on tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="16"/>
        <source>Save them, or discard them?</source>
        <translation>Tallennetaanko ne vai hylätäänkö ne?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="17"/>
        <source>They cannot be saved as they are: the messages next to the fields say why. Discard them?</source>
        <translation>Niitä ei voi tallentaa sellaisenaan: kenttien vieressä olevat viestit kertovat syyn. Hylätäänkö ne?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="32"/>
        <source>Delete profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="32"/>
        <source>Delete profile %1?</source>
        <translation>Poistetaanko profiili %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/profilequestions.cpp" line="36"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>Gui::PublicUrlDialog</name>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="23"/>
        <source>&amp;Detect tunnel</source>
        <translation>&amp;Tunnista tunneli</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="25"/>
        <location filename="../src/gui/publicurldialog.cpp" line="41"/>
        <location filename="../src/gui/publicurldialog.cpp" line="122"/>
        <source>Public URL</source>
        <translation>Julkinen URL</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="28"/>
        <source>Kept for profile &quot;%1&quot;. Deliveries are checked for this address&apos;s host, as Vipps signs for it, whatever Host the tunnel passes on; registering offers it.</source>
        <translation>Tallennetaan profiilille ”%1”. Toimitukset tarkistetaan tämän osoitteen isännälle, kuten Vipps sen allekirjoittaa, välitti tunneli minkä Hostin tahansa; rekisteröinti ehdottaa sitä.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="31"/>
        <source>Kept for profile &quot;%1&quot;, whose simulator delivers to this machine: it is used once a profile for Vipps&apos; test environment is in use.</source>
        <translation>Tallennetaan profiilille ”%1”, jonka simulaattori toimittaa tälle koneelle: sitä käytetään, kun Vippsin testiympäristön profiili on käytössä.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="34"/>
        <source>Vipps delivers only to public https:// addresses. Run a tunnel to the receiver&apos;s port (for example &apos;%1&apos;) and give its address here, or let the app find it.</source>
        <translation>Vipps toimittaa vain julkisiin https://-osoitteisiin. Käynnistä tunneli vastaanottimen porttiin (esimerkiksi ”%1”) ja anna sen osoite tässä, tai anna sovelluksen löytää se.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="47"/>
        <source>Ask ngrok (127.0.0.1:4040) and cloudflared (its metrics port) for the tunnel to port %1</source>
        <translation>Kysy tunnelia porttiin %1 ohjelmilta ngrok (127.0.0.1:4040) ja cloudflared (sen metriikkaportista)</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="57"/>
        <source>C&amp;lear</source>
        <translation>T&amp;yhjennä</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="92"/>
        <source>Looking for a tunnel…</source>
        <translation>Etsitään tunnelia…</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="107"/>
        <source>Found %1&apos;s tunnel %2.</source>
        <translation>Löytyi ohjelman %1 tunneli %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/publicurldialog.cpp" line="123"/>
        <source>The public URL could not be kept: check that the settings file can be written.</source>
        <translation>Julkista URL:ää ei voitu tallentaa: tarkista, että asetustiedostoon voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>Gui::QuickStartPanel</name>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="40"/>
        <source>That did not work: %1</source>
        <translation>Se ei onnistunut: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="52"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>next</source>
        <translation>seuraavaksi</translation>
    </message>
    <message>
        <location filename="../src/gui/quickstartpanel.cpp" line="83"/>
        <source>to do</source>
        <translation>tekemättä</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverQuestions</name>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="15"/>
        <location filename="../src/gui/receiverquestions.cpp" line="25"/>
        <source>Move the webhooks</source>
        <translation>Siirrä webhookit</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="16"/>
        <source>The receiver now listens at %1, but a webhook still delivers to %2, where nothing listens any more.</source>
        <translation>Vastaanotin kuuntelee nyt osoitteessa %1, mutta yksi webhook toimittaa yhä osoitteeseen %2, jossa mikään ei enää kuuntele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/receiverquestions.cpp" line="18"/>
        <source>The receiver now listens at %1, but %n webhooks still deliver to %2, where nothing listens any more.</source>
        <translation>
            <numerusform>Vastaanotin kuuntelee nyt osoitteessa %1, mutta %n webhook toimittaa yhä osoitteeseen %2, jossa mikään ei enää kuuntele.</numerusform>
            <numerusform>Vastaanotin kuuntelee nyt osoitteessa %1, mutta %n webhookia toimittaa yhä osoitteeseen %2, jossa mikään ei enää kuuntele.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="22"/>
        <source>Moving registers the new address first and then deletes the old registration, so no event is lost. Until then no event reaches this app, and the quick start&apos;s step 3 is to do again.</source>
        <translation>Siirto rekisteröi ensin uuden osoitteen ja poistaa sitten vanhan rekisteröinnin, joten mitään tapahtumaa ei menetetä. Siihen asti mikään tapahtuma ei saavu tähän sovellukseen, ja pikaoppaan vaihe 3 on tehtävä uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="28"/>
        <source>Not now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="36"/>
        <source>The receiver could not start on port %1 and is not running.</source>
        <translation>Vastaanotin ei voinut käynnistyä portissa %1 eikä ole käynnissä.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="37"/>
        <source>The receiver stays at %1: it could not move to port %2.</source>
        <translation>Vastaanotin pysyy osoitteessa %1: se ei voinut siirtyä porttiin %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/receiverquestions.cpp" line="39"/>
        <source>Port %1 cannot be used</source>
        <translation>Porttia %1 ei voi käyttää</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverTlsDialog</name>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="21"/>
        <source>HTTPS on the receiver</source>
        <translation>HTTPS vastaanottimessa</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="23"/>
        <source>For a receiver Vipps reaches directly, on a host with its own name: it then speaks TLS 1.2 or higher on its port. Behind a tunnel (ngrok, cloudflared) the tunnel does HTTPS and this stays off.</source>
        <translation>Vastaanottimelle, jonka Vipps tavoittaa suoraan omalla nimellään olevalla isännällä: se puhuu silloin porttiinsa TLS 1.2:ta tai uudempaa. Tunnelin (ngrok, cloudflared) takana tunneli hoitaa HTTPS:n, ja tämä pysyy pois päältä.</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="28"/>
        <source>certificate chain, PEM or DER</source>
        <translation>varmenneketju, PEM tai DER</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="29"/>
        <source>private key, PEM or DER</source>
        <translation>yksityinen avain, PEM tai DER</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="33"/>
        <source>only for an encrypted key; used once, never kept</source>
        <translation>vain salatulle avaimelle; käytetään kerran, ei tallenneta koskaan</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="54"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Varmenne:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="54"/>
        <source>Certificate</source>
        <translation>Varmenne</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="55"/>
        <source>&amp;Key:</source>
        <translation>&amp;Avain:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="55"/>
        <source>Private key</source>
        <translation>Yksityinen avain</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="61"/>
        <source>&amp;Use HTTPS</source>
        <translation>&amp;Käytä HTTPS:ää</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="64"/>
        <source>Plain &amp;HTTP</source>
        <translation>Pelkkä &amp;HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/receivertlsdialog.cpp" line="104"/>
        <source>Give the certificate&apos;s private key too.</source>
        <translation>Anna myös varmenteen yksityinen avain.</translation>
    </message>
</context>
<context>
    <name>Gui::RegisterWebhookDialog</name>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="48"/>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="241"/>
        <source>&amp;Register</source>
        <translation>&amp;Rekisteröi</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="49"/>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="242"/>
        <source>Register the webhook</source>
        <translation>Rekisteröi webhook</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="50"/>
        <source>Cancel registering</source>
        <translation>Peru rekisteröinti</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="51"/>
        <source>https://your-tunnel.example/hooks/vipps</source>
        <translation>https://your-tunnel.example/hooks/vipps</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="74"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="92"/>
        <source>Register &amp;anyway</source>
        <translation>Rekisteröi &amp;silti</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="93"/>
        <source>Register the webhook although the check failed</source>
        <translation>Rekisteröi webhook, vaikka tarkistus epäonnistui</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="113"/>
        <source>1 event type</source>
        <translation>1 tapahtumatyyppi</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/registerwebhookdialog.cpp" line="113"/>
        <source>%n event types</source>
        <translation>
            <numerusform>%n tapahtumatyyppi</numerusform>
            <numerusform>%n tapahtumatyyppiä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="125"/>
        <source>Check or uncheck every %1 event</source>
        <translation>Valitse tai poista valinta kaikista ryhmän %1 tapahtumista</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="145"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach (a tunnel for this machine). The local simulator also accepts http:// for this machine (127.0.0.1 or localhost).</source>
        <translation>Vipps vaatii tuotannossa ja testissä https://-osoitteen, johon internetistä on yhteys (tälle koneelle tunneli). Paikallinen simulaattori hyväksyy myös http://-osoitteen tälle koneelle (127.0.0.1 tai localhost).</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="148"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach: for this machine, a tunnel&apos;s public https:// URL.</source>
        <translation>Vipps vaatii tuotannossa ja testissä https://-osoitteen, johon internetistä on yhteys: tälle koneelle tunnelin julkisen https://-URL:n.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="215"/>
        <source>Enter the URL Vipps should deliver the events to.</source>
        <translation>Syötä URL, johon Vippsin pitää toimittaa tapahtumat.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="218"/>
        <source>Enter a full address with a host, starting with https:// (or http:// for this machine), for example https://example.com/hooks/vipps.</source>
        <translation>Syötä täydellinen osoite isäntineen, alkaen https:// (tai http:// tälle koneelle), esimerkiksi https://example.com/hooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="221"/>
        <source>Vipps requires https:// in production and test: enter your endpoint&apos;s https:// address, or a tunnel&apos;s public https:// URL to this machine.</source>
        <translation>Vipps vaatii tuotannossa ja testissä https://-osoitteen: syötä päätepisteesi https://-osoite tai tähän koneeseen johtavan tunnelin julkinen https://-URL.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="224"/>
        <source>http:// is accepted only by the local simulator, and only for this machine (127.0.0.1 or localhost). Vipps requires https:// in production and test: use https://%1.</source>
        <translation>Vain paikallinen simulaattori hyväksyy http://-osoitteen, ja vain tälle koneelle (127.0.0.1 tai localhost). Vipps vaatii tuotannossa ja testissä https://-osoitteen: käytä osoitetta https://%1.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="208"/>
        <source>Check at least one event type to receive.</source>
        <translation>Valitse vähintään yksi vastaanotettava tapahtumatyyppi.</translation>
    </message>
    <message>
        <location filename="../src/gui/registerwebhookdialog.cpp" line="267"/>
        <source>Vipps will send 1 event type to %1.</source>
        <translation>Vipps lähettää 1 tapahtumatyypin osoitteeseen %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/registerwebhookdialog.cpp" line="268"/>
        <source>Vipps will send %n event types to %1.</source>
        <translation>
            <numerusform>Vipps lähettää %n tapahtumatyypin osoitteeseen %1.</numerusform>
            <numerusform>Vipps lähettää %n tapahtumatyyppiä osoitteeseen %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ResultDelegate</name>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="45"/>
        <source>valid</source>
        <translation>kelvollinen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="46"/>
        <source>invalid</source>
        <translation>virheellinen</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="47"/>
        <source>stale</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="48"/>
        <source>unsigned</source>
        <translation>allekirjoittamaton</translation>
    </message>
    <message>
        <location filename="../src/gui/resultdelegate.cpp" line="49"/>
        <source>no secret</source>
        <translation>ei salaisuutta</translation>
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
        <translation>kaksoiskappale</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="40"/>
        <source>Pause or resume the event log (in its table)</source>
        <translation>Keskeytä tai jatka tapahtumalokia (sen taulukossa)</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="53"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location filename="../src/gui/shortcutsdialog.cpp" line="53"/>
        <source>Does</source>
        <translation>Toiminto</translation>
    </message>
</context>
<context>
    <name>Gui::StatusBarLabels</name>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="39"/>
        <source>Receiver</source>
        <translation>Vastaanotin</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="40"/>
        <source>Forwarding</source>
        <translation>Välitys</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="41"/>
        <source>Events received</source>
        <translation>Vastaanotetut tapahtumat</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="42"/>
        <source>Simulator</source>
        <translation>Simulaattori</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="43"/>
        <source>Active profile</source>
        <translation>Aktiivinen profiili</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="46"/>
        <source>Click to move the receiver to another port</source>
        <translation>Napsauta siirtääksesi vastaanottimen toiseen porttiin</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="57"/>
        <source>Earlier events: %1</source>
        <translation>Aiemmat tapahtumat: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="102"/>
        <source>Receiver: %1</source>
        <translation>Vastaanotin: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="103"/>
        <source>Receiver: %1 via %2</source>
        <translation>Vastaanotin: %1 %2 kautta</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="107"/>
        <source>Receiver: starting…</source>
        <translation>Vastaanotin: käynnistyy…</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="108"/>
        <source>Receiver: stopped</source>
        <translation>Vastaanotin: pysäytetty</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="110"/>
        <source>Receiver: not running (%1)</source>
        <translation>Vastaanotin: ei käynnissä (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="119"/>
        <source>%1
Click to change where deliveries are forwarded</source>
        <translation>%1
Napsauta muuttaaksesi, minne toimitukset välitetään</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="128"/>
        <source>Events: %L1</source>
        <translation>Tapahtumat: %L1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="129"/>
        <source>Events: %L1 (and %L2 from earlier runs)</source>
        <translation>Tapahtumat: %L1 (ja %L2 aiemmista ajoista)</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="135"/>
        <source>Simulator: %1</source>
        <translation>Simulaattori: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="136"/>
        <source>Simulator: off</source>
        <translation>Simulaattori: ei käytössä</translation>
    </message>
    <message>
        <location filename="../src/gui/statusbarlabels.cpp" line="142"/>
        <source>Profile: %1 (%2)</source>
        <translation>Profiili: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::TokenStatus</name>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="28"/>
        <source>Asking %1 for a token…</source>
        <translation>Pyydetään tunnusta osoitteesta %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="83"/>
        <source>No token.</source>
        <translation>Ei tunnusta.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="95"/>
        <source>No token yet: get one with Ctrl+T.</source>
        <translation>Ei vielä tunnusta: hae se painamalla Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="96"/>
        <source>Use a profile to get a token.</source>
        <translation>Ota profiili käyttöön hakeaksesi tunnuksen.</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="108"/>
        <source>no token</source>
        <translation>ei tunnusta</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="111"/>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <location filename="../src/gui/tokenstatus.cpp" line="118"/>
        <source>expires in %1</source>
        <translation>vanhenee %1 kuluttua</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookSecretOffer</name>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="26"/>
        <source>the secret from the answer to the register call</source>
        <translation>salaisuus rekisteröintikutsun vastauksesta</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="27"/>
        <source>Webhook secret</source>
        <translation>Webhookin salaisuus</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="29"/>
        <source>Add the secret of this webhook</source>
        <translation>Lisää tämän webhookin salaisuus</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="77"/>
        <source>If webhook %1 was registered elsewhere (another tool, another computer), paste the secret Vipps returned then:</source>
        <translation>Jos webhook %1 rekisteröitiin muualla (toisella työkalulla, toisella tietokoneella), liitä salaisuus, jonka Vipps palautti silloin:</translation>
    </message>
    <message>
        <location filename="../src/gui/webhooksecretoffer.cpp" line="101"/>
        <source>The secret of webhook %1 is kept with the profile in use: its next deliveries are checked with it. This one stays as it was checked when it arrived.</source>
        <translation>Webhookin %1 salaisuus säilytetään käytössä olevan profiilin kanssa: sen seuraavat toimitukset tarkistetaan sillä. Tämä jää sellaiseksi kuin se tarkistettiin saapuessaan.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="140"/>
        <source>Register anyway?</source>
        <translation>Rekisteröidäänkö silti?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="141"/>
        <source>%1 is already registered for %2.</source>
        <translation>%1 on jo rekisteröity tapahtumille %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="143"/>
        <source>Each of those events would then arrive there twice, once per registration. Register anyway?</source>
        <translation>Jokainen näistä tapahtumista saapuisi silloin sinne kahdesti, kerran kutakin rekisteröintiä kohden. Rekisteröidäänkö silti?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="144"/>
        <source>Register anyway</source>
        <translation>Rekisteröi silti</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="157"/>
        <source>Delete webhook</source>
        <translation>Poista webhook</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="158"/>
        <source>Delete the webhook to %1?</source>
        <translation>Poistetaanko webhook, jonka osoite on %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="159"/>
        <source>Vipps stops sending %1 there at once, and its secret is forgotten. Id: %2</source>
        <translation>Vipps lopettaa heti tapahtumien (%1) lähettämisen sinne, ja webhookin salaisuus unohdetaan. Id: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="161"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="207"/>
        <source>No profile ready yet</source>
        <translation>Mikään profiili ei ole vielä valmis</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="207"/>
        <source>Reading the keys of profile %1…</source>
        <translation>Luetaan profiilin %1 avaimia…</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="210"/>
        <source>No profile ready</source>
        <translation>Mikään profiili ei ole valmis</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="211"/>
        <source>Choose or create a profile under Credentials to list and register webhooks.</source>
        <translation>Valitse tai luo profiili kohdassa Tunnistetiedot listataksesi ja rekisteröidäksesi webhookeja.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="234"/>
        <source>No profile ready.</source>
        <translation>Mikään profiili ei ole valmis.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="236"/>
        <source>Asking for the webhooks of profile %1…</source>
        <translation>Pyydetään profiilin %1 webhookeja…</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="238"/>
        <source>No webhooks are registered for profile %1. Register one (Ctrl+N) to have Vipps send events to this app&apos;s receiver.</source>
        <translation>Profiilille %1 ei ole rekisteröity webhookeja. Rekisteröi webhook (Ctrl+N), niin Vipps lähettää tapahtumia tämän sovelluksen vastaanottimeen.</translation>
    </message>
    <message>
        <location filename="../src/gui/webhookspanel.cpp" line="288"/>
        <source>Secret copied to the clipboard</source>
        <translation>Salaisuus kopioitu leikepöydälle</translation>
    </message>
</context>
<context>
    <name>Http::BoundedReply</name>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="69"/>
        <source>no complete answer within %1 (HTTP %2 came, its body did not end)</source>
        <translation>ei täydellistä vastausta %1 kuluessa (HTTP %2 tuli, mutta sisältö ei päättynyt)</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="71"/>
        <source>no answer within %1</source>
        <translation>ei vastausta %1 kuluessa</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="73"/>
        <source>the answer was longer than %1 and was not read to its end</source>
        <translation>vastaus oli pidempi kuin %1, eikä sitä luettu loppuun</translation>
    </message>
    <message>
        <location filename="../src/core/http/boundedreply.cpp" line="74"/>
        <source>the request was dropped</source>
        <translation>pyyntö hylättiin</translation>
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
        <translation>%1 tavua</translation>
    </message>
</context>
<context>
    <name>Http::Server</name>
    <message>
        <location filename="../src/core/http/server.cpp" line="28"/>
        <source>Cannot listen on %1: the port is already in use. Stop the other program or choose another port.</source>
        <translation>Ei voi kuunnella osoitteessa %1: portti on jo käytössä. Pysäytä toinen ohjelma tai valitse toinen portti.</translation>
    </message>
    <message>
        <location filename="../src/core/http/server.cpp" line="32"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Ei voi kuunnella osoitteessa %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/http/server.cpp" line="61"/>
        <source>Too many connections at once; try again shortly.</source>
        <translation>Liian monta yhteyttä yhtä aikaa; yritä pian uudelleen.</translation>
    </message>
</context>
<context>
    <name>Http::TlsFiles</name>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="49"/>
        <source>%1 holds no private key that can be read (PEM or DER; RSA, EC or DSA).</source>
        <translation>%1 ei sisällä luettavaa yksityistä avainta (PEM tai DER; RSA, EC tai DSA).</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="53"/>
        <source>The key in %1 is encrypted: give its passphrase in the environment variable VIPPS_TLS_KEY_PASSPHRASE.</source>
        <translation>Tiedoston %1 avain on salattu: anna sen tunnuslause ympäristömuuttujassa VIPPS_TLS_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="56"/>
        <source>The passphrase does not open the key in %1.</source>
        <translation>Tunnuslause ei avaa tiedoston %1 avainta.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="62"/>
        <source>The certificate in %1 expired on %2: renew it.</source>
        <translation>Tiedoston %1 varmenne vanheni %2: uusi se.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="65"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>Tiedoston %1 varmenne ei ole voimassa ennen ajankohtaa %2.</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="76"/>
        <source>TLS is not available here: Qt found no TLS library (OpenSSL 3).</source>
        <translation>TLS ei ole käytettävissä: Qt ei löytänyt TLS-kirjastoa (OpenSSL 3).</translation>
    </message>
    <message>
        <location filename="../src/core/http/tlsfiles.cpp" line="86"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 ei sisällä varmennetta (PEM tai DER).</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="14"/>
        <source>Event inspector</source>
        <translation>Tapahtumatarkastin</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="20"/>
        <source>Event summary</source>
        <translation>Tapahtuman yhteenveto</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="30"/>
        <source>Request details</source>
        <translation>Pyynnön tiedot</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="37"/>
        <source>Verification</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="44"/>
        <source>Verification steps</source>
        <translation>Tarkistuksen vaiheet</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="63"/>
        <source>1. Content hash: Base64(SHA-256(body))</source>
        <translation>1. Sisällön tiiviste: Base64(SHA-256(runko))</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="70"/>
        <location filename="../ui/inspectorpanel.ui" line="194"/>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="77"/>
        <source>Received content hash</source>
        <translation>Vastaanotettu sisällön tiiviste</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="84"/>
        <source>Content hash comparison</source>
        <translation>Sisällön tiivisteiden vertailu</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="91"/>
        <location filename="../ui/inspectorpanel.ui" line="215"/>
        <source>computed</source>
        <translation>laskettu</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="98"/>
        <source>Computed content hash</source>
        <translation>Laskettu sisällön tiiviste</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="105"/>
        <source>2. String to sign: POST, path and query, then x-ms-date;host;content hash</source>
        <translation>2. Allekirjoitettava merkkijono: POST, polku ja kysely, sitten x-ms-date;host;sisällön tiiviste</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="112"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="119"/>
        <source>Host used</source>
        <translation>Käytetty host</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="126"/>
        <source>path</source>
        <translation>polku</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="133"/>
        <source>Path and query used</source>
        <translation>Käytetty polku ja kysely</translation>
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
        <translation>allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="164"/>
        <source>String to sign</source>
        <translation>Allekirjoitettava merkkijono</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="177"/>
        <source>↵ marks each line feed (\n); there is none after the last line.</source>
        <translation>↵ merkitsee jokaista rivinvaihtoa (\n); viimeisen rivin jälkeen sitä ei ole.</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="187"/>
        <source>3. Signature: Base64(HMAC-SHA256(secret, string to sign))</source>
        <translation>3. Allekirjoitus: Base64(HMAC-SHA256(salaisuus, allekirjoitettava merkkijono))</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="201"/>
        <source>Received signature</source>
        <translation>Vastaanotettu allekirjoitus</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="208"/>
        <source>Signature comparison</source>
        <translation>Allekirjoitusten vertailu</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="222"/>
        <source>Computed signature</source>
        <translation>Laskettu allekirjoitus</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="229"/>
        <source>secret</source>
        <translation>salaisuus</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="236"/>
        <source>Secret used</source>
        <translation>Käytetty salaisuus</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="243"/>
        <source>header</source>
        <translation>otsake</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="250"/>
        <source>Signature header</source>
        <translation>Allekirjoitusotsake</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="257"/>
        <source>4. Date: how old x-ms-date was when the request arrived</source>
        <translation>4. Päivämäärä: kuinka vanha x-ms-date oli pyynnön saapuessa</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="264"/>
        <source>clock skew</source>
        <translation>kellopoikkeama</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="271"/>
        <source>Clock skew</source>
        <translation>Kellopoikkeama</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="278"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="285"/>
        <source>Verification result and reason</source>
        <translation>Tarkistuksen tulos ja syy</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="307"/>
        <source>Nothing to verify</source>
        <translation>Ei tarkistettavaa</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="325"/>
        <source>Headers</source>
        <translation>Otsakkeet</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="331"/>
        <source>Headers as received</source>
        <translation>Otsakkeet vastaanotettuina</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="356"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="361"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="370"/>
        <source>Body</source>
        <translation>Runko</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="376"/>
        <source>Body size and encoding</source>
        <translation>Rungon koko ja koodaus</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="386"/>
        <source>Raw body</source>
        <translation>Raaka runko</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="392"/>
        <source>The body is empty.</source>
        <translation>Runko on tyhjä.</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="400"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="406"/>
        <source>Body as indented JSON</source>
        <translation>Runko sisennettynä JSONina</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="425"/>
        <location filename="../ui/inspectorpanel.ui" line="431"/>
        <source>Copy body</source>
        <translation>Kopioi runko</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="428"/>
        <source>Copy the body exactly as received</source>
        <translation>Kopioi runko täsmälleen vastaanotettuna</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="438"/>
        <location filename="../ui/inspectorpanel.ui" line="444"/>
        <source>Copy as curl</source>
        <translation>Kopioi curl-komentona</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="441"/>
        <source>Copy a curl command that sends this request again to the receiver on this machine (Ctrl+Alt+C)</source>
        <translation>Kopioi curl-komento, joka lähettää tämän pyynnön uudelleen tämän koneen vastaanottimeen (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="451"/>
        <location filename="../ui/inspectorpanel.ui" line="457"/>
        <source>Copy raw request</source>
        <translation>Kopioi raaka pyyntö</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpanel.ui" line="454"/>
        <source>Copy the HTTP request line, headers and body as received</source>
        <translation>Kopioi HTTP-pyyntörivi, otsakkeet ja runko vastaanotettuina</translation>
    </message>
</context>
<context>
    <name>Journal::Cursor</name>
    <message>
        <location filename="../src/core/journal/cursor.cpp" line="51"/>
        <location filename="../src/core/journal/cursor.cpp" line="227"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Päiväkirjaa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/cursor.cpp" line="79"/>
        <location filename="../src/core/journal/cursor.cpp" line="235"/>
        <source>Reading the journal %1 stopped early: %2.</source>
        <translation>Päiväkirjan %1 lukeminen keskeytyi: %2.</translation>
    </message>
</context>
<context>
    <name>Journal::Reader</name>
    <message>
        <location filename="../src/core/journal/reader.cpp" line="48"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Päiväkirjaa %1 ei voi lukea: %2.</translation>
    </message>
</context>
<context>
    <name>Journal::Writer</name>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="41"/>
        <location filename="../src/core/journal/writer.cpp" line="49"/>
        <source>Cannot read the journal %1 to continue its numbering: %2.</source>
        <translation>Päiväkirjaa %1 ei voi lukea numeroinnin jatkamiseksi: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="84"/>
        <source>Cannot open the journal %1 for writing: %2. Check that its folder exists and that it may be written to.</source>
        <translation>Päiväkirjaa %1 ei voi avata kirjoitettavaksi: %2. Tarkista, että sen kansio on olemassa ja että siihen saa kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="99"/>
        <source>Cannot repair the torn last line of the journal %1: %2.</source>
        <translation>Päiväkirjan %1 katkennutta viimeistä riviä ei voi korjata: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="178"/>
        <source>Cannot write to the journal %1: %2. The handler&apos;s answer was not recorded.</source>
        <translation>Päiväkirjaan %1 ei voi kirjoittaa: %2. Käsittelijän vastausta ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="188"/>
        <source>The journal is not open.</source>
        <translation>Päiväkirja ei ole auki.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="194"/>
        <location filename="../src/core/journal/writer.cpp" line="270"/>
        <source>Cannot open the journal %1 for writing: %2.</source>
        <translation>Päiväkirjaa %1 ei voi avata kirjoitettavaksi: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="165"/>
        <source>Cannot write to the journal %1: %2. The request was not recorded; free some space or choose another journal file.</source>
        <translation>Päiväkirjaan %1 ei voi kirjoittaa: %2. Pyyntöä ei tallennettu; vapauta tilaa tai valitse toinen päiväkirjatiedosto.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="253"/>
        <source>Cannot make the journal %1 durable: %2. The requests were not answered as stored; the senders retry.</source>
        <translation>Päiväkirjaa %1 ei voi tallentaa pysyvästi: %2. Pyyntöihin ei vastattu tallennettuina; lähettäjät yrittävät uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/journal/writer.cpp" line="286"/>
        <source>Cannot write to the journal %1: %2. The requests were not recorded; free some space or choose another journal file.</source>
        <translation>Päiväkirjaan %1 ei voi kirjoittaa: %2. Pyyntöjä ei tallennettu; vapauta tilaa tai valitse toinen päiväkirjatiedosto.</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>&amp;Receiver</source>
        <translation>&amp;Vastaanotin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="79"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="94"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="99"/>
        <source>Change &amp;port…</source>
        <translation>Vaihda &amp;porttia…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="102"/>
        <source>Move the embedded receiver to another port</source>
        <translation>Siirrä sisäinen vastaanotin toiseen porttiin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>&amp;Accept every delivery</source>
        <translation>&amp;Hyväksy kaikki toimitukset</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="113"/>
        <source>Answer 200 to every delivery while still recording whether its signature verified</source>
        <translation>Vastaa 200 jokaiseen toimitukseen, mutta kirjaa silti, onnistuiko allekirjoituksen tarkistus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>&amp;Forward to…</source>
        <translation>&amp;Välitä osoitteeseen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>Pass every accepted delivery on to your own handler and record what it answers</source>
        <translation>Välitä jokainen hyväksytty toimitus omalle käsittelijällesi ja tallenna sen vastaus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="126"/>
        <source>&amp;Public URL…</source>
        <translation>&amp;Julkinen URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="129"/>
        <source>The address Vipps delivers to through your tunnel: typed, or found from ngrok or cloudflared</source>
        <translation>Osoite, johon Vipps toimittaa tunnelisi kautta: kirjoitettu tai löydetty ngrok- tai cloudflared-ohjelmasta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>&amp;HTTPS…</source>
        <translation>&amp;HTTPS…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="137"/>
        <source>Serve HTTPS with your certificate, for a receiver Vipps reaches directly</source>
        <translation>Tarjoa HTTPS omalla varmenteellasi vastaanottimelle, jonka Vipps tavoittaa suoraan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="142"/>
        <source>&amp;About Vipps Webhook Workbench</source>
        <translation>&amp;Tietoja ohjelmasta Vipps Webhook Workbench</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../ui/paymentform.ui" line="14"/>
        <source>New payment</source>
        <translation>Uusi maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="35"/>
        <source>&amp;Amount</source>
        <translation>&amp;Summa</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="50"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="53"/>
        <source>The amount with two decimals, e.g. 49.00; it is sent in minor units (øre, cents), e.g. 4900</source>
        <translation>Summa kahdella desimaalilla, esim. 49.00; se lähetetään pienimpinä yksikköinä (äyreinä, sentteinä), esim. 4900</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="69"/>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="72"/>
        <source>The currency; it must match the sales unit&apos;s market</source>
        <translation>Valuutta; sen on vastattava myyntipisteen markkina-aluetta</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="79"/>
        <source>Amount as sent</source>
        <translation>Summa lähetettynä</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="107"/>
        <source>Amount problem</source>
        <translation>Summan ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="117"/>
        <source>&amp;Reference</source>
        <translation>&amp;Viite</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="129"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="132"/>
        <source>8 to 64 letters, digits and &apos;-&apos;, unique per merchant serial number</source>
        <translation>8–64 kirjainta, numeroa ja merkkiä &apos;-&apos;, yksilöllinen kauppiaan sarjanumeroa kohden</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="139"/>
        <source>Make a new reference</source>
        <translation>Luo uusi viite</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="154"/>
        <source>Reference problem</source>
        <translation>Viitteen ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="164"/>
        <source>&amp;Description</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="174"/>
        <source>Payment description</source>
        <translation>Maksun kuvaus</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="177"/>
        <source>Shown to the user; 3 to 100 characters, or empty</source>
        <translation>Näytetään käyttäjälle; 3–100 merkkiä tai tyhjä</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="190"/>
        <source>Description problem</source>
        <translation>Kuvauksen ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="200"/>
        <source>User &amp;flow</source>
        <translation>Käyttäjä&amp;polku</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="210"/>
        <source>User flow</source>
        <translation>Käyttäjäpolku</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="213"/>
        <source>WEB_REDIRECT opens the landing page and needs a return URL; PUSH_MESSAGE notifies the phone number; QR returns a QR link</source>
        <translation>WEB_REDIRECT avaa laskeutumissivun ja tarvitsee paluu-URL:n; PUSH_MESSAGE lähettää ilmoituksen puhelinnumeroon; QR palauttaa QR-linkin</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="226"/>
        <source>User flow problem</source>
        <translation>Käyttäjäpolun ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="236"/>
        <source>Re&amp;turn URL</source>
        <translation>Paluu-&amp;URL</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="246"/>
        <source>Return URL</source>
        <translation>Paluu-URL</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="249"/>
        <source>https://example.com/return</source>
        <translation>https://example.com/return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="252"/>
        <source>Where the user comes back to after the landing page; needed for WEB_REDIRECT</source>
        <translation>Minne käyttäjä palaa laskeutumissivulta; tarvitaan WEB_REDIRECT-polussa</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="265"/>
        <source>Return URL problem</source>
        <translation>Paluu-URL:n ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="275"/>
        <source>P&amp;hone number</source>
        <translation>Puh&amp;elinnumero</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="285"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="288"/>
        <source>4712345678</source>
        <translation>4712345678</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="291"/>
        <source>The customer&apos;s number, digits with the country code; needed for PUSH_MESSAGE and used by Approve</source>
        <translation>Asiakkaan numero maatunnuksen kanssa; tarvitaan PUSH_MESSAGE-polussa, ja Hyväksy käyttää sitä</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="304"/>
        <source>Phone number problem</source>
        <translation>Puhelinnumeron ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="320"/>
        <source>Other problem</source>
        <translation>Muu ongelma</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="335"/>
        <source>Cr&amp;eate payment</source>
        <translation>&amp;Luo maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="338"/>
        <location filename="../ui/paymentform.ui" line="383"/>
        <source>Create payment</source>
        <translation>Luo maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="348"/>
        <source>Create and appro&amp;ve</source>
        <translation>Luo ja &amp;hyväksy</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="351"/>
        <source>Create and approve payment</source>
        <translation>Luo ja hyväksy maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="376"/>
        <source>Why a payment cannot be created</source>
        <translation>Miksi maksua ei voi luoda</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="386"/>
        <source>Create the payment with the ePayment API (Ctrl+Return)</source>
        <translation>Luo maksu ePayment API:lla (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="389"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="397"/>
        <source>Create and approve</source>
        <translation>Luo ja hyväksy</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="400"/>
        <source>Create the payment, then approve it as the test user (Ctrl+Shift+Return)</source>
        <translation>Luo maksu ja hyväksy se testikäyttäjänä (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="403"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="411"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../ui/paymentform.ui" line="414"/>
        <source>Make a fresh reference (Ctrl+R)</source>
        <translation>Luo uusi viite (Ctrl+R)</translation>
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
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="32"/>
        <location filename="../ui/paymentspanel.ui" line="35"/>
        <source>New payment</source>
        <translation>Uusi maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="41"/>
        <source>New payment form</source>
        <translation>Uuden maksun lomake</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="71"/>
        <source>Refresh the selected payment</source>
        <translation>Päivitä valittu maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="81"/>
        <source>Approve the selected payment as the test user</source>
        <translation>Hyväksy valittu maksu testikäyttäjänä</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="91"/>
        <source>Capture the selected payment</source>
        <translation>Veloita valittu maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="101"/>
        <source>Refund the selected payment</source>
        <translation>Hyvitä valittu maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="111"/>
        <source>Cancel the selected payment</source>
        <translation>Peruuta valittu maksu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="192"/>
        <source>Open the landing page of the selected payment</source>
        <translation>Avaa valitun maksun laskeutumissivu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="134"/>
        <source>Open a payment by its reference</source>
        <translation>Avaa maksu sen viitteellä</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="152"/>
        <source>Why Approve is unavailable</source>
        <translation>Miksi Hyväksy ei ole käytettävissä</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="155"/>
        <source>Approve (force approve) exists only in the simulator and the test environment; approve the payment in the Vipps or MobilePay app instead.</source>
        <translation>Hyväksyntä (pakotettu hyväksyntä) on käytettävissä vain simulaattorissa ja testiympäristössä; hyväksy maksu sen sijaan Vipps- tai MobilePay-sovelluksessa.</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="162"/>
        <source>Payments of this profile, made or opened in this session</source>
        <translation>Tämän profiilin maksut, luotu tai avattu tässä istunnossa</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="202"/>
        <source>Landing page address of the selected payment</source>
        <translation>Valitun maksun aloitussivun osoite</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="208"/>
        <source>Select a payment to see its landing page</source>
        <translation>Valitse maksu nähdäksesi sen aloitussivun</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="215"/>
        <source>Copy the landing page address</source>
        <translation>Kopioi aloitussivun osoite</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="230"/>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="254"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="269"/>
        <source>What failed</source>
        <translation>Mikä epäonnistui</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="282"/>
        <source>Error details</source>
        <translation>Virheen tiedot</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="294"/>
        <source>Dismiss the error</source>
        <translation>Sulje virheilmoitus</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="310"/>
        <source>Payment action status</source>
        <translation>Maksutoiminnon tila</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="320"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="323"/>
        <source>Get the selected payment again from the ePayment API (F5)</source>
        <translation>Hae valittu maksu uudelleen ePayment API:sta (F5)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="326"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="334"/>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="337"/>
        <source>Approve the selected payment as the test user, as if in the app (Ctrl+Shift+A)</source>
        <translation>Hyväksy valittu maksu testikäyttäjänä kuin sovelluksessa (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="340"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="348"/>
        <source>Capture…</source>
        <translation>Veloita…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="351"/>
        <source>Capture some or all of what is authorized (Ctrl+Shift+C)</source>
        <translation>Veloita osa varatusta summasta tai koko summa (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="354"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="362"/>
        <source>Refund…</source>
        <translation>Hyvitä…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="365"/>
        <source>Refund some or all of what is captured (Ctrl+Shift+R)</source>
        <translation>Hyvitä osa veloitetusta summasta tai koko summa (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="368"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="376"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="379"/>
        <source>Cancel the selected payment: before approval it ends as TERMINATED, after it the uncaptured rest is released (Ctrl+Shift+X)</source>
        <translation>Peruuta valittu maksu: ennen hyväksyntää se päättyy tilaan TERMINATED, sen jälkeen veloittamaton osa vapautetaan (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="382"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="390"/>
        <source>Landing page</source>
        <translation>Laskeutumissivu</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="393"/>
        <source>Open the landing page of the selected payment in the browser, to approve or reject it as the customer (Ctrl+Shift+O)</source>
        <translation>Avaa valitun maksun aloitussivu selaimessa hyväksyäksesi tai hylätäksesi sen asiakkaana (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="396"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="404"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="407"/>
        <source>Copy the landing page&apos;s address, to open it in any browser</source>
        <translation>Kopioi aloitussivun osoite avataksesi sen missä tahansa selaimessa</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="412"/>
        <source>Open…</source>
        <translation>Avaa…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="415"/>
        <source>Get a payment by its reference and add it to the list, e.g. one made with another profile or before the app started</source>
        <translation>Hae maksu viitteellä ja lisää se luetteloon, esim. toisella profiililla tai ennen sovelluksen käynnistystä tehty</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="420"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.ui" line="423"/>
        <source>Hide the error</source>
        <translation>Piilota virhe</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.ui" line="14"/>
        <source>Profile editor</source>
        <translation>Profiilieditori</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="30"/>
        <source>What this profile is called here and on the command line (--profile NAME)</source>
        <translation>Profiilin nimi täällä ja komentorivillä (--profile NAME)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="33"/>
        <source>Profile name</source>
        <translation>Profiilin nimi</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="40"/>
        <source>Problem with the profile name</source>
        <translation>Ongelma profiilin nimessä</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="50"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Ympäristö:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="60"/>
        <source>Where this profile&apos;s calls go: the built-in simulator, Vipps&apos; test or production servers, or an address you give</source>
        <translation>Minne tämän profiilin kutsut menevät: sisäänrakennettuun simulaattoriin, Vippsin testi- tai tuotantopalvelimille tai antamaasi osoitteeseen</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="63"/>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="70"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Perus-URL:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="82"/>
        <source>The address the API calls go to, for example http://127.0.0.1:8079</source>
        <translation>Osoite, johon API-kutsut menevät, esimerkiksi http://127.0.0.1:8079</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="85"/>
        <source>Base URL</source>
        <translation>Perus-URL</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="92"/>
        <source>Fixed base URL of this environment</source>
        <translation>Tämän ympäristön kiinteä perus-URL</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="104"/>
        <source>Problem with the base URL</source>
        <translation>Ongelma perus-URL:ssa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="114"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="124"/>
        <source>client_id from the API keys of the sales unit in the business portal</source>
        <translation>client_id myyntipisteen API-avaimista yritysportaalissa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="127"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="134"/>
        <source>Problem with the client ID</source>
        <translation>Ongelma Client ID:ssä</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="144"/>
        <source>&amp;MSN:</source>
        <translation>&amp;MSN:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="154"/>
        <source>Merchant-Serial-Number: the 4 to 10 digits of the sales unit</source>
        <translation>Merchant-Serial-Number: myyntipisteen 4–10 numeroa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="157"/>
        <source>Merchant serial number</source>
        <translation>Kauppiaan sarjanumero</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="164"/>
        <source>Problem with the merchant serial number</source>
        <translation>Ongelma kauppiaan sarjanumerossa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="174"/>
        <source>&amp;Partner keys (the MSN may be left empty)</source>
        <translation>Kumppani&amp;avaimet (MSN:n voi jättää tyhjäksi)</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="177"/>
        <source>Partner mode</source>
        <translation>Kumppanitila</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="184"/>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="196"/>
        <source>client_secret of the sales unit; kept in the keychain, never in the settings file</source>
        <translation>Myyntipisteen client_secret; säilytetään avainnipussa, ei koskaan asetustiedostossa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="199"/>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="209"/>
        <source>Show or hide the client secret as typed</source>
        <translation>Näytä tai piilota kirjoitettu client secret</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="212"/>
        <source>Show the client secret</source>
        <translation>Näytä client secret</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="224"/>
        <source>Where the client secret is kept</source>
        <translation>Missä client secret säilytetään</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="234"/>
        <source>S&amp;ubscription key:</source>
        <translation>&amp;Tilausavain:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="246"/>
        <source>Ocp-Apim-Subscription-Key (primary or secondary); kept in the keychain, never in the settings file</source>
        <translation>Ocp-Apim-Subscription-Key (ensisijainen tai toissijainen); säilytetään avainnipussa, ei koskaan asetustiedostossa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="249"/>
        <source>Subscription key</source>
        <translation>Tilausavain</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="259"/>
        <source>Show or hide the subscription key as typed</source>
        <translation>Näytä tai piilota kirjoitettu tilausavain</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="262"/>
        <source>Show the subscription key</source>
        <translation>Näytä tilausavain</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="274"/>
        <source>Where the subscription key is kept</source>
        <translation>Missä tilausavain säilytetään</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="284"/>
        <source>Problem with the keys</source>
        <translation>Ongelma avaimissa</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="294"/>
        <source>&amp;Advanced: Vipps-System headers</source>
        <translation>&amp;Lisäasetukset: Vipps-System-otsakkeet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="297"/>
        <source>The four Vipps-System-* headers sent with every call; Vipps support traces requests by them</source>
        <translation>Neljä Vipps-System-*-otsaketta, jotka lähetetään jokaisen kutsun mukana; Vippsin tuki jäljittää pyyntöjä niiden avulla</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="300"/>
        <source>Show the advanced settings</source>
        <translation>Näytä lisäasetukset</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="319"/>
        <source>Vipps-System headers</source>
        <translation>Vipps-System-otsakkeet</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="328"/>
        <source>System &amp;name:</source>
        <translation>Järjestelmän n&amp;imi:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="338"/>
        <source>Vipps-System-Name: the name of your solution, at most 30 characters</source>
        <translation>Vipps-System-Name: ratkaisusi nimi, enintään 30 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="341"/>
        <source>Vipps-System-Name</source>
        <translation>Vipps-System-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="348"/>
        <source>Problem with Vipps-System-Name</source>
        <translation>Ongelma: Vipps-System-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="358"/>
        <source>System &amp;version:</source>
        <translation>Järjestelmän &amp;versio:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="368"/>
        <source>Vipps-System-Version: the version of your solution, at most 30 characters</source>
        <translation>Vipps-System-Version: ratkaisusi versio, enintään 30 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="371"/>
        <source>Vipps-System-Version</source>
        <translation>Vipps-System-Version</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="378"/>
        <source>Problem with Vipps-System-Version</source>
        <translation>Ongelma: Vipps-System-Version</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="388"/>
        <source>P&amp;lugin name:</source>
        <translation>Lisä&amp;osan nimi:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="398"/>
        <source>Vipps-System-Plugin-Name: the plugin or integration, at most 30 characters</source>
        <translation>Vipps-System-Plugin-Name: lisäosa tai integraatio, enintään 30 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="401"/>
        <source>Vipps-System-Plugin-Name</source>
        <translation>Vipps-System-Plugin-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="408"/>
        <source>Problem with Vipps-System-Plugin-Name</source>
        <translation>Ongelma: Vipps-System-Plugin-Name</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="418"/>
        <source>Plu&amp;gin version:</source>
        <translation>Lisäosan ve&amp;rsio:</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="428"/>
        <source>Vipps-System-Plugin-Version: the version of the plugin, at most 30 characters</source>
        <translation>Vipps-System-Plugin-Version: lisäosan versio, enintään 30 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="431"/>
        <source>Vipps-System-Plugin-Version</source>
        <translation>Vipps-System-Plugin-Version</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.ui" line="438"/>
        <source>Problem with Vipps-System-Plugin-Version</source>
        <translation>Ongelma: Vipps-System-Plugin-Version</translation>
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
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="22"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="23"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="24"/>
        <source>Close without Saving</source>
        <translation>Sulje tallentamatta</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="15"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="16"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <location filename="../src/gui/qtwords.cpp" line="19"/>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
</context>
<context>
    <name>QuickStartPanel</name>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="14"/>
        <source>Quick start</source>
        <translation>Pika-aloitus</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="30"/>
        <source>Quick start progress</source>
        <translation>Pika-aloituksen edistyminen</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="36"/>
        <source>%v of %m steps done</source>
        <translation>%v/%m vaihetta tehty</translation>
    </message>
    <message>
        <location filename="../ui/quickstartpanel.ui" line="50"/>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
</context>
<context>
    <name>Receiver::ForwardRoute</name>
    <message>
        <location filename="../src/core/receiver/forwardroute.cpp" line="44"/>
        <source>No URL given: give URL or EVENT-TYPE=URL, e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.</source>
        <translation>URL puuttuu: anna URL tai EVENT-TYPE=URL, esim. epayments.payment.captured.v1=http://localhost:3000/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/forwardroute.cpp" line="51"/>
        <source>&apos;%1&apos; is not an http(s) URL with a host: give URL or EVENT-TYPE=URL, e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.</source>
        <translation>&apos;%1&apos; ei ole http(s)-URL, jossa on isäntä: anna URL tai EVENT-TYPE=URL, esim. epayments.payment.captured.v1=http://localhost:3000/vipps.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverHost</name>
    <message>
        <location filename="../src/core/receiver/receiverhost.cpp" line="77"/>
        <source>the journal %1 holds whole requests and other users may read it (mode %2); &apos;chmod 600 %1&apos; makes it private.</source>
        <translation>päiväkirja %1 sisältää kokonaisia pyyntöjä, ja muut käyttäjät voivat lukea sen (tila %2); &apos;chmod 600 %1&apos; tekee siitä yksityisen.</translation>
    </message>
</context>
<context>
    <name>Receiver::WebhookHandler</name>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="77"/>
        <source>Use GET on /healthz.</source>
        <translation>Käytä GET-pyyntöä polussa /healthz.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="85"/>
        <source>Vipps delivers webhooks with POST; %1 is not accepted here.</source>
        <translation>Vipps toimittaa webhookit POST-pyynnöillä; %1 ei kelpaa tässä.</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="120"/>
        <source>Webhook signature %1</source>
        <translation>Webhook-allekirjoitus: %1</translation>
    </message>
    <message>
        <location filename="../src/core/receiver/webhookhandler.cpp" line="148"/>
        <source>The delivery could not be stored; retry later.</source>
        <translation>Toimitusta ei voitu tallentaa; yritä myöhemmin uudelleen.</translation>
    </message>
</context>
<context>
    <name>RegisterWebhookDialog</name>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="14"/>
        <location filename="../ui/registerwebhookdialog.ui" line="17"/>
        <source>Register webhook</source>
        <translation>Rekisteröi webhook</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="23"/>
        <source>Vipps sends the chosen events to this URL, each signed with a secret that it returns once, now.</source>
        <translation>Vipps lähettää valitut tapahtumat tähän URL:iin ja allekirjoittaa jokaisen salaisuudella, jonka se palauttaa vain kerran – nyt.</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="35"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="45"/>
        <source>Where Vipps delivers the events: this app&apos;s receiver, or the public https:// URL of a tunnel to it</source>
        <translation>Minne Vipps toimittaa tapahtumat: tämän sovelluksen vastaanottimeen tai siihen johtavan tunnelin julkiseen https://-URL:iin</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="48"/>
        <source>Webhook URL</source>
        <translation>Webhookin URL</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="74"/>
        <source>About the URL</source>
        <translation>Tietoa URL-osoitteesta</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="77"/>
        <source>Vipps requires https:// in production and test, at an address the internet can reach (a tunnel for this machine). The local simulator also accepts http:// for this machine (127.0.0.1 or localhost).</source>
        <translation>Vipps vaatii tuotannossa ja testissä https://-osoitteen, johon internetistä on yhteys (tälle koneelle tunneli). Paikallinen simulaattori hyväksyy myös http://-osoitteen tälle koneelle (127.0.0.1 tai localhost).</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="105"/>
        <source>&amp;Events to send:</source>
        <translation>&amp;Lähetettävät tapahtumat:</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="115"/>
        <source>Check the event types to receive; a group&apos;s box checks all of its events (Space toggles the current row)</source>
        <translation>Valitse vastaanotettavat tapahtumatyypit; ryhmän valintaruutu valitsee kaikki sen tapahtumat (välilyönti vaihtaa nykyisen rivin valintaa)</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="118"/>
        <source>Event types</source>
        <translation>Tapahtumatyypit</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="131"/>
        <source>Event type</source>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="136"/>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <location filename="../ui/registerwebhookdialog.ui" line="156"/>
        <source>Input check</source>
        <translation>Syötteen tarkistus</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="14"/>
        <source>Outgoing requests</source>
        <translation>Lähtevät pyynnöt</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="36"/>
        <source>API calls made by this app</source>
        <translation>Tämän sovelluksen tekemät API-kutsut</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="68"/>
        <source>Selected call: problem details and curl command</source>
        <translation>Valittu kutsu: ongelman tiedot ja curl-komento</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="77"/>
        <source>Select a call to see its problem details and the equivalent curl command. Secrets show as $VIPPS_… variables.</source>
        <translation>Valitse kutsu nähdäksesi sen ongelman tiedot ja vastaavan curl-komennon. Salaisuudet näkyvät $VIPPS_…-muuttujina.</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="86"/>
        <source>Copy as curl</source>
        <translation>Kopioi curl-komentona</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="89"/>
        <source>Copy the selected call as a curl command; secrets are $VIPPS_… variables</source>
        <translation>Kopioi valittu kutsu curl-komentona; salaisuudet ovat $VIPPS_…-muuttujia</translation>
    </message>
    <message>
        <location filename="../ui/requestlogpanel.ui" line="96"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
</context>
<context>
    <name>Signature::Phrase</name>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="70"/>
        <source>the signature matches %1 for host &quot;%2&quot;, but this receiver used &quot;%3&quot;: only the port differs. Vipps signs the registered URL&apos;s host, with &quot;:port&quot; only when the port is not the scheme default (443 for https); give this receiver the URL exactly as registered</source>
        <translation>allekirjoitus täsmää (%1) isännällä &quot;%2&quot;, mutta tämä vastaanotin käytti isäntää &quot;%3&quot;: vain portti eroaa. Vipps allekirjoittaa rekisteröidyn URL:n isännän, ja &quot;:port&quot; on mukana vain, kun portti ei ole skeeman oletusportti (443 https:lle); anna tälle vastaanottimelle URL täsmälleen sellaisena kuin se rekisteröitiin</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="75"/>
        <source>the signature matches %1 for host &quot;%2&quot; from the Host header, not &quot;%3&quot; from the public or registered URL: check that the URL given to this receiver is the one registered with Vipps</source>
        <translation>allekirjoitus täsmää (%1) Host-otsakkeen isännällä &quot;%2&quot;, ei julkisen tai rekisteröidyn URL:n isännällä &quot;%3&quot;: tarkista, että tälle vastaanottimelle annettu URL on sama, joka on rekisteröity Vippsiin</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="78"/>
        <source>the signature matches %1 for host &quot;%2&quot; from X-Forwarded-Host, not &quot;%3&quot; from the Host header: the request came through a proxy or tunnel; start the receiver with --public-url set to the URL registered with Vipps (https://%2...)</source>
        <translation>allekirjoitus täsmää (%1) X-Forwarded-Host-otsakkeen isännällä &quot;%2&quot;, ei Host-otsakkeen isännällä &quot;%3&quot;: pyyntö tuli välityspalvelimen tai tunnelin kautta; käynnistä vastaanotin niin, että --public-url on Vippsiin rekisteröity URL (https://%2...)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="149"/>
        <source>the signature matches %1 for path &quot;%2&quot; as received in the request, not &quot;%3&quot; from the registered URL: the registered URL&apos;s path differs from where the delivery arrived</source>
        <translation>allekirjoitus täsmää (%1) pyynnössä vastaanotetulla polulla &quot;%2&quot;, ei rekisteröidyn URL:n polulla &quot;%3&quot;: rekisteröidyn URL:n polku eroaa siitä, johon toimitus saapui</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="153"/>
        <source>the signature matches %1 for path &quot;%2&quot; without the query string, not &quot;%3&quot;: the signer dropped the query; Vipps signs the path and query of the registered URL</source>
        <translation>allekirjoitus täsmää (%1) polulla &quot;%2&quot; ilman kyselymerkkijonoa, ei polulla &quot;%3&quot;: allekirjoittaja jätti kyselyn pois; Vipps allekirjoittaa rekisteröidyn URL:n polun ja kyselyn</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="157"/>
        <source>the signature matches %1 for path &quot;%2&quot;, not &quot;%3&quot;: the signer left out the path; Vipps signs the path and query of the registered URL</source>
        <translation>allekirjoitus täsmää (%1) polulla &quot;%2&quot;, ei polulla &quot;%3&quot;: allekirjoittaja jätti polun pois; Vipps allekirjoittaa rekisteröidyn URL:n polun ja kyselyn</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="161"/>
        <source>the signature matches %1 for path &quot;%2&quot;, not &quot;%3&quot;: a trailing slash differs; Vipps signs the URL exactly as registered</source>
        <translation>allekirjoitus täsmää (%1) polulla &quot;%2&quot;, ei polulla &quot;%3&quot;: loppukauttaviiva eroaa; Vipps allekirjoittaa URL:n täsmälleen sellaisena kuin se rekisteröitiin</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="165"/>
        <source>the signature matches %1 for the percent-decoded path &quot;%2&quot;, not &quot;%3&quot;: Vipps signs the path as encoded in the registered URL</source>
        <translation>allekirjoitus täsmää (%1) prosenttikoodauksesta puretulla polulla &quot;%2&quot;, ei polulla &quot;%3&quot;: Vipps allekirjoittaa polun sellaisena kuin se on koodattu rekisteröityyn URL:iin</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="195"/>
        <source>the signature matches %1 only when the secret is base64-decoded first: the signer decoded the secret before using it as the HMAC key. Vipps uses the UTF-8 bytes of the secret string exactly as returned at registration</source>
        <translation>allekirjoitus täsmää (%1) vain, kun salaisuus ensin puretaan base64-koodauksesta: allekirjoittaja purki salaisuuden ennen kuin käytti sitä HMAC-avaimena. Vipps käyttää rekisteröinnissä palautetun salaisuusmerkkijonon UTF-8-tavuja täsmälleen sellaisinaan</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="208"/>
        <source>the signature matches %1 when the string to sign is joined with CRLF: Vipps separates its lines with a single LF (\n)</source>
        <translation>allekirjoitus täsmää (%1), kun allekirjoitettavan merkkijonon rivit yhdistetään CRLF:llä: Vipps erottaa rivinsä yhdellä LF:llä (\n)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="213"/>
        <source>the signature matches %1 when the string to sign ends with a newline: Vipps adds no trailing newline</source>
        <translation>allekirjoitus täsmää (%1), kun allekirjoitettava merkkijono päättyy rivinvaihtoon: Vipps ei lisää loppuun rivinvaihtoa</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="230"/>
        <source>the signature matches %1 but uses the URL-safe base64 alphabet: Vipps uses standard base64 with padding</source>
        <translation>allekirjoitus täsmää (%1), mutta käyttää URL-turvallista base64-aakkostoa: Vipps käyttää tavallista base64-koodausta täytemerkkeineen</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="234"/>
        <source>the signature matches %1 but is written in hex: Vipps sends it in base64</source>
        <translation>allekirjoitus täsmää (%1), mutta se on kirjoitettu hex-muodossa: Vipps lähettää sen base64-muodossa</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="237"/>
        <source>the signature matches %1 but lacks its trailing &quot;=&quot;: Vipps uses standard base64 with padding</source>
        <translation>allekirjoitus täsmää (%1), mutta siitä puuttuu loppumerkki &quot;=&quot;: Vipps käyttää tavallista base64-koodausta täytemerkkeineen</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="268"/>
        <source>the signature was made with a secret this receiver does not know (%1 tried), or for a different URL than %2%3: check the secret returned when the webhook was registered and the registered URL</source>
        <extracomment>%1 counts the secrets tried; %2%3 is the URL, its host and its path.</extracomment>
        <translation>allekirjoitus on tehty salaisuudella, jota tämä vastaanotin ei tunne (kokeiltuja salaisuuksia: %1), tai eri URL:lle kuin %2%3: tarkista salaisuus, joka palautettiin webhookia rekisteröitäessä, sekä rekisteröity URL</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="296"/>
        <source>the delivery is for webhook %1, whose secret this app does not hold, and no secret it holds matches (%2 tried): add the secret Vipps returned when this webhook was registered (Add the secret of this webhook), or register the webhook in this app</source>
        <extracomment>&quot;Add the secret of this webhook&quot; is the inspector&apos;s button.</extracomment>
        <translation>toimitus on webhookille %1, jonka salaisuutta tällä sovelluksella ei ole, eikä mikään sen salaisuuksista täsmää (kokeiltuja salaisuuksia: %2): lisää salaisuus, jonka Vipps palautti, kun tämä webhook rekisteröitiin (Lisää tämän webhookin salaisuus), tai rekisteröi webhook tässä sovelluksessa</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="302"/>
        <source>the delivery is for webhook %1, whose secret this receiver does not know, and no known secret matches (%2 tried): register the webhook through this tool or pass --webhook-id %1=SECRET</source>
        <translation>toimitus on webhookille %1, jonka salaisuutta tämä vastaanotin ei tunne, eikä mikään tunnettu salaisuus täsmää (kokeiltuja salaisuuksia: %2): rekisteröi webhook tällä työkalulla tai anna --webhook-id %1=SECRET</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="312"/>
        <source>this app holds no webhook secret for the profile in use: register the webhook in the Webhooks tab, or add the secret Vipps returned when it was registered elsewhere</source>
        <translation>tällä sovelluksella ei ole käytössä olevan profiilin webhook-salaisuutta: rekisteröi webhook Webhookit-välilehdellä tai lisää salaisuus, jonka Vipps palautti, kun webhook rekisteröitiin muualla</translation>
    </message>
    <message>
        <location filename="../src/core/signature/diagnosis.cpp" line="317"/>
        <source>no webhook secret is known; register the webhook through this tool or pass --secret</source>
        <translation>webhook-salaisuutta ei tunneta; rekisteröi webhook tällä työkalulla tai anna --secret</translation>
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
        <translation>salaisuus nro %1</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="56"/>
        <source>no %1 header</source>
        <translation>%1-otsake puuttuu</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="58"/>
        <source>an empty %1 header</source>
        <translation>%1-otsake on tyhjä</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="60"/>
        <source>an HMAC-SHA256 %1 header without a Signature= part</source>
        <translation>HMAC-SHA256-muotoisesta %1-otsakkeesta puuttuu Signature=-osa</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="64"/>
        <source>an %1 header that is not of the HMAC-SHA256 scheme</source>
        <translation>%1-otsake ei käytä HMAC-SHA256-skeemaa</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="66"/>
        <source>an %1 header with the %2 scheme instead of HMAC-SHA256</source>
        <translation>%1-otsake käyttää skeemaa %2 eikä HMAC-SHA256:ta</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="74"/>
        <source>the request is not signed: it has %1 and %2. Vipps signs every delivery with HMAC-SHA256 in Authorization and X-Vipps-Authorization; some proxies strip Authorization</source>
        <extracomment>%1 and %2 each say what is wrong with one header, e.g. &quot;no Authorization header&quot;.</extracomment>
        <translation>pyyntöä ei ole allekirjoitettu: %1 ja %2. Vipps allekirjoittaa jokaisen toimituksen HMAC-SHA256:lla sekä Authorization- että X-Vipps-Authorization-otsakkeessa; jotkin välityspalvelimet poistavat Authorization-otsakkeen</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="131"/>
        <source>the request has no x-ms-content-sha256 header: Vipps always sends the base64 SHA-256 of the body in it, so this was not signed the Vipps way</source>
        <translation>pyynnössä ei ole x-ms-content-sha256-otsaketta: Vipps lähettää siinä aina rungon SHA-256-tiivisteen base64-muodossa, joten tätä ei ole allekirjoitettu Vippsin tavalla</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="138"/>
        <source>x-ms-content-sha256 is the SHA-256 of the body in hex: Vipps sends it in base64</source>
        <translation>x-ms-content-sha256 on rungon SHA-256-tiiviste hex-muodossa: Vipps lähettää sen base64-muodossa</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="142"/>
        <source>the body differs from what was signed (x-ms-content-sha256 does not match): something between Vipps and you changed the body, or the signer hashed different bytes</source>
        <translation>runko eroaa allekirjoitetusta (x-ms-content-sha256 ei täsmää): jokin Vippsin ja sinun välillä muutti runkoa, tai allekirjoittaja laski tiivisteen eri tavuista</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="187"/>
        <source>signature matches %1, not %2 that Webhook-Id %3 names</source>
        <translation>allekirjoitus täsmää (%1), mutta ei Webhook-Id:n %3 nimeämään salaisuuteen (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="191"/>
        <source>signature matches %1 (Webhook-Id %2 names no known secret)</source>
        <translation>allekirjoitus täsmää (%1); Webhook-Id %2 ei nimeä mitään tunnettua salaisuutta</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="193"/>
        <source>signature matches %1</source>
        <translation>allekirjoitus täsmää (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="200"/>
        <source>x-ms-date is %1 s in the past; allowed skew is %2 s: check the clocks, or this is a replay (the %3)</source>
        <translation>x-ms-date on %1 s menneisyydessä; sallittu poikkeama on %2 s: tarkista kellot, tai kyseessä on toistettu pyyntö (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="204"/>
        <source>x-ms-date is %1 s in the future; allowed skew is %2 s: check the clocks of this machine and of the sender (the %3)</source>
        <translation>x-ms-date on %1 s tulevaisuudessa; sallittu poikkeama on %2 s: tarkista tämän koneen ja lähettäjän kellot (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="215"/>
        <source>x-ms-date &quot;%1&quot; is not an RFC 1123 date such as &quot;Thu, 30 Mar 2023 08:38:32 GMT&quot;, so its age cannot be checked (the %2)</source>
        <translation>x-ms-date &quot;%1&quot; ei ole RFC 1123 -päivämäärä, kuten &quot;Thu, 30 Mar 2023 08:38:32 GMT&quot;, joten sen ikää ei voi tarkistaa (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/signature/verifier.cpp" line="273"/>
        <source>the request has no x-ms-date header: Vipps signs the send time in it, so the signature cannot be checked</source>
        <translation>pyynnössä ei ole x-ms-date-otsaketta: Vipps allekirjoittaa siinä olevan lähetysajan, joten allekirjoitusta ei voi tarkistaa</translation>
    </message>
</context>
<context>
    <name>Sim::LandingPage</name>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="90"/>
        <source>Approve the payment to pay, or reject it.</source>
        <translation>Hyväksy maksu maksaaksesi tai hylkää se.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="92"/>
        <source>You approved this payment. The merchant can now capture it.</source>
        <translation>Hyväksyit tämän maksun. Kauppias voi nyt veloittaa sen.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="95"/>
        <source>You rejected this payment. No money was reserved.</source>
        <translation>Hylkäsit tämän maksun. Rahaa ei varattu.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="97"/>
        <source>This payment expired: it was not approved in time.</source>
        <translation>Tämä maksu vanheni: sitä ei hyväksytty ajoissa.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="99"/>
        <source>The merchant cancelled this payment before it was approved.</source>
        <translation>Kauppias peruutti tämän maksun ennen kuin se hyväksyttiin.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="147"/>
        <source>Local Vipps simulator: this is not the real Vipps, and no money moves. Use it to test your shop.</source>
        <translation>Paikallinen Vipps-simulaattori: tämä ei ole oikea Vipps, eikä rahaa siirry. Käytä sitä kauppasi testaamiseen.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="177"/>
        <source>Payment link not valid</source>
        <translation>Maksulinkki ei kelpaa</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="178"/>
        <source>This payment link is not valid, or the payment is no longer in the simulator&apos;s memory (it keeps payments only while it runs). Start a new payment from the shop.</source>
        <translation>Tämä maksulinkki ei kelpaa, tai maksua ei enää ole simulaattorin muistissa (se säilyttää maksuja vain ollessaan käynnissä). Aloita uusi maksu kaupasta.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="187"/>
        <source>Method not allowed</source>
        <translation>Menetelmä ei ole sallittu</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="188"/>
        <source>This address accepts only %1 requests.</source>
        <translation>Tämä osoite hyväksyy vain %1-pyyntöjä.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="202"/>
        <source>(no description)</source>
        <translation>(ei kuvausta)</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="206"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="207"/>
        <source>Merchant (MSN)</source>
        <translation>Kauppias (MSN)</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="208"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="209"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="226"/>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="228"/>
        <source>Reject</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="235"/>
        <source>Back to the shop</source>
        <translation>Takaisin kauppaan</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="246"/>
        <source>Payment to %1</source>
        <translation>Maksu kauppiaalle %1</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="289"/>
        <source>Page not found</source>
        <translation>Sivua ei löydy</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="290"/>
        <source>The simulator&apos;s landing page has no such address.</source>
        <translation>Simulaattorin laskeutumissivulla ei ole tällaista osoitetta.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="294"/>
        <location filename="../src/core/sim/landingpage.cpp" line="336"/>
        <source>Form not understood</source>
        <translation>Lomaketta ei ymmärretty</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="295"/>
        <source>Send the form as %1.</source>
        <translation>Lähetä lomake muodossa %1.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="329"/>
        <source>Form too large</source>
        <translation>Lomake on liian suuri</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="330"/>
        <source>The form may be at most %1 bytes; it needs only the token.</source>
        <translation>Lomake saa olla enintään %1 tavua; siinä tarvitaan vain tunnus.</translation>
    </message>
    <message>
        <location filename="../src/core/sim/landingpage.cpp" line="337"/>
        <source>The form must carry exactly one token field.</source>
        <translation>Lomakkeessa on oltava täsmälleen yksi token-kenttä.</translation>
    </message>
</context>
<context>
    <name>Tunnel::NgrokAnswer</name>
    <message>
        <location filename="../src/core/tunnel/ngrokanswer.cpp" line="59"/>
        <source>not an ngrok agent&apos;s list of tunnels</source>
        <translation>ei ngrok-agentin tunneliluettelo</translation>
    </message>
</context>
<context>
    <name>Tunnel::QuickTunnelAnswer</name>
    <message>
        <location filename="../src/core/tunnel/quicktunnelanswer.cpp" line="16"/>
        <source>not a cloudflared quick tunnel&apos;s answer</source>
        <translation>ei cloudflared-pikatunnelin vastaus</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/quicktunnelanswer.cpp" line="28"/>
        <source>a quick tunnel hostname that is not a host name</source>
        <translation>pikatunnelin isäntänimi, joka ei ole isäntänimi</translation>
    </message>
</context>
<context>
    <name>Tunnel::TunnelChoice</name>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="23"/>
        <source>Start one with &apos;%1&apos; or &apos;%2&apos;.</source>
        <translation>Käynnistä tunneli komennolla ”%1” tai ”%2”.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="33"/>
        <source>%1 cloudflared quick tunnels run and cloudflared does not say which one forwards to port %2: give the public URL yourself.</source>
        <translation>%1 cloudflared-pikatunnelia on käynnissä, eikä cloudflared kerro, mikä niistä välittää porttiin %2: anna julkinen URL itse.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="42"/>
        <source>ngrok&apos;s tunnel to port %1 is %2, not HTTPS, and Vipps calls only HTTPS addresses. %3</source>
        <translation>ngrokin tunneli porttiin %1 on %2 eikä HTTPS, ja Vipps kutsuu vain HTTPS-osoitteita. %3</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="50"/>
        <source>ngrok runs, but forwards %1 to %2, not to this receiver&apos;s port %3. %4</source>
        <translation>ngrok on käynnissä, mutta välittää osoitteen %1 kohteeseen %2 eikä tämän vastaanottimen porttiin %3. %4</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="55"/>
        <source>No tunnel to port %1 was found. %2</source>
        <translation>Tunnelia porttiin %1 ei löytynyt. %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelchoice.cpp" line="76"/>
        <source>cloudflared does not say where its quick tunnel forwards: it should have been started with &apos;%1&apos;.</source>
        <translation>cloudflared ei kerro, minne sen pikatunneli välittää: se olisi pitänyt käynnistää komennolla ”%1”.</translation>
    </message>
</context>
<context>
    <name>Tunnel::TunnelFinder</name>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="95"/>
        <source>%1 at %2 answered %3.</source>
        <translation>%1 osoitteessa %2 vastasi %3.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/tunnelfinder.cpp" line="99"/>
        <source>No %1 agent answered at %2 (%3).</source>
        <translation>Mikään %1-agentti ei vastannut osoitteessa %2 (%3).</translation>
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
        <translation>vastasi %1, %2 ms</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="37"/>
        <source>%1, a redirect to %2: Vipps does not follow redirects; register the address it points to instead</source>
        <translation>%1, uudelleenohjaus osoitteeseen %2: Vipps ei seuraa uudelleenohjauksia; rekisteröi sen sijaan osoite, johon se ohjaa</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="50"/>
        <source>reachable: %1, as a handler that checks signatures should to this test, signed with a secret it cannot know (this app&apos;s receiver too: it learns the secret when the webhook is registered)</source>
        <translation>tavoitettavissa: %1, kuten allekirjoitukset tarkistavan käsittelijän kuuluukin vastata tähän testiin, joka on allekirjoitettu salaisuudella, jota se ei voi tietää (myös tämän sovelluksen vastaanotin: se saa salaisuuden, kun webhook rekisteröidään)</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="57"/>
        <source>reachable, but %1: nothing is at that path; is it the right one?</source>
        <translation>tavoitettavissa, mutta %1: polussa ei ole mitään; onko se oikea?</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="61"/>
        <source>reachable, but %1: a tunnel or proxy answered for a handler that may not be running</source>
        <translation>tavoitettavissa, mutta %1: tunneli tai välityspalvelin vastasi käsittelijän puolesta, joka ei ehkä ole käynnissä</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="66"/>
        <source>reachable: %1 (a handler that checks signatures would have refused this test, signed with a secret it cannot know)</source>
        <translation>tavoitettavissa: %1 (allekirjoitukset tarkistava käsittelijä olisi hylännyt tämän testin, joka on allekirjoitettu salaisuudella, jota se ei voi tietää)</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="71"/>
        <source>reachable: %1</source>
        <translation>tavoitettavissa: %1</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="99"/>
        <source>not an absolute URL with a host</source>
        <translation>ei absoluuttinen URL, jossa on isäntä</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="106"/>
        <source>not tried: the URL breaks a rule above</source>
        <translation>ei kokeiltu: URL rikkoo yllä olevaa sääntöä</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="120"/>
        <source>%1 did not resolve within %2 s</source>
        <translation>nimeä %1 ei selvitetty %2 sekunnissa</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="123"/>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="138"/>
        <source>not tried: the name does not resolve</source>
        <translation>ei kokeiltu: nimeä ei voi selvittää</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="136"/>
        <source>%1 does not resolve: %2</source>
        <translation>nimeä %1 ei voi selvittää: %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="144"/>
        <source>not tried: Vipps could not reach it anyway</source>
        <translation>ei kokeiltu: Vipps ei tavoittaisi sitä kuitenkaan</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlpreflight.cpp" line="171"/>
        <source>not reachable: %1</source>
        <translation>ei tavoitettavissa: %1</translation>
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
        <translation>http: paikallinen simulaattori toimittaa sinne; Vipps ei toimittaisi</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="52"/>
        <source>%1: Vipps calls only HTTPS URLs. Put a tunnel in front of the receiver (&apos;vipps-hooks tunnel&apos; finds it) and register its https address.</source>
        <translation>%1: Vipps kutsuu vain HTTPS-osoitteita. Laita tunneli vastaanottimen eteen (”vipps-hooks tunnel” löytää sen) ja rekisteröi sen https-osoite.</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="62"/>
        <source>port %1</source>
        <translation>portti %1</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="63"/>
        <source>port %1: Vipps may not call it; to be safe use 443, 80 or 8080</source>
        <translation>portti %1: Vipps ei ehkä kutsu sitä; käytä varmuuden vuoksi porttia 443, 80 tai 8080</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="71"/>
        <source>%1 resolves to %2</source>
        <translation>%1 selvittyy osoitteeksi %2</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="79"/>
        <source>%1: this machine, which Vipps cannot reach. Use a tunnel&apos;s public address (&apos;vipps-hooks tunnel&apos;).</source>
        <translation>%1: tämä kone, jota Vipps ei tavoita. Käytä tunnelin julkista osoitetta (”vipps-hooks tunnel”).</translation>
    </message>
    <message>
        <location filename="../src/core/tunnel/urlrules.cpp" line="84"/>
        <source>%1: a private network address, which Vipps cannot reach from the internet</source>
        <translation>%1: yksityisen verkon osoite, jota Vipps ei tavoita internetistä</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <location filename="../ui/webhookspanel.ui" line="14"/>
        <source>Webhooks</source>
        <translation>Webhookit</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="34"/>
        <source>Refresh the webhook list</source>
        <translation>Päivitä webhook-luettelo</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="44"/>
        <source>Register a webhook</source>
        <translation>Rekisteröi webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="54"/>
        <source>Delete the selected webhook</source>
        <translation>Poista valittu webhook</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="71"/>
        <source>Webhook list status</source>
        <translation>Webhook-luettelon tila</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="80"/>
        <source>Webhook message</source>
        <translation>Webhook-viesti</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="106"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="119"/>
        <source>Message details</source>
        <translation>Viestin tiedot</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="134"/>
        <source>Hide this message</source>
        <translation>Piilota tämä viesti</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="137"/>
        <source>Dismiss the message</source>
        <translation>Sulje viesti</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="140"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="150"/>
        <source>Webhook registered</source>
        <translation>Webhook rekisteröity</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="153"/>
        <source>New webhook and its secret</source>
        <translation>Uusi webhook ja sen salaisuus</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="159"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="166"/>
        <source>New webhook id</source>
        <translation>Uuden webhookin id</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="176"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Salaisuus:</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="186"/>
        <source>New webhook secret</source>
        <translation>Uuden webhookin salaisuus</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="196"/>
        <source>&amp;Copy secret</source>
        <translation>&amp;Kopioi salaisuus</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="199"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Kopioi salaisuus leikepöydälle</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="213"/>
        <source>Hide the secret; it cannot be shown again</source>
        <translation>Piilota salaisuus; sitä ei voi näyttää uudelleen</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="216"/>
        <source>Hide the secret</source>
        <translation>Piilota salaisuus</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="219"/>
        <source>&amp;Done</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="231"/>
        <source>Registered webhooks</source>
        <translation>Rekisteröidyt webhookit</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="268"/>
        <source>Webhook list hint</source>
        <translation>Webhook-luettelon vihje</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="289"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="292"/>
        <source>List the webhooks registered for this profile again (F5)</source>
        <translation>Listaa tälle profiilille rekisteröidyt webhookit uudelleen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="295"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="303"/>
        <source>Register…</source>
        <translation>Rekisteröi…</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="306"/>
        <source>Register a webhook: a URL and the events Vipps sends to it (Ctrl+N)</source>
        <translation>Rekisteröi webhook: URL ja tapahtumat, jotka Vipps lähettää siihen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="309"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="317"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="320"/>
        <source>Delete the selected webhook at Vipps (Delete)</source>
        <translation>Poista valittu webhook Vippsistä (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="323"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="331"/>
        <source>Copy id</source>
        <translation>Kopioi id</translation>
    </message>
    <message>
        <location filename="../ui/webhookspanel.ui" line="334"/>
        <source>Copy the selected webhook&apos;s id (Ctrl+C)</source>
        <translation>Kopioi valitun webhookin id (Ctrl+C)</translation>
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
        <translation>peruttu: webhook poistettiin</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="120"/>
        <source>none: dropped after 1 attempt</source>
        <translation>ei: hylätty 1 yrityksen jälkeen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="121"/>
        <source>none: dropped after %n attempts</source>
        <translation>
            <numerusform>ei: hylätty %n yrityksen jälkeen</numerusform>
            <numerusform>ei: hylätty %n yrityksen jälkeen</numerusform>
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
        <translation>Maksu %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="132"/>
        <source>Answered %1</source>
        <translation>Vastasi %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="134"/>
        <source>Next retry: %1</source>
        <translation>Seuraava yritys: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="156"/>
        <source>The simulator in this app retries a failed delivery on a short schedule, then drops it; Vipps retries for days.</source>
        <translation>Tämän sovelluksen simulaattori yrittää epäonnistunutta toimitusta uudelleen lyhyellä aikataululla ja luopuu siitä sitten; Vipps yrittää uudelleen päivien ajan.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="161"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="162"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="163"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="164"/>
        <source>Attempt</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="165"/>
        <source>Status or error</source>
        <translation>Tila tai virhe</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/deliverylogmodel.cpp" line="166"/>
        <source>Next retry</source>
        <translation>Seuraava yritys</translation>
    </message>
</context>
<context>
    <name>Workbench::Forwarding</name>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="34"/>
        <source>&apos;%1&apos; is not a known event type, e.g. epayments.payment.captured.v1 or captured.</source>
        <translation>”%1” ei ole tunnettu tapahtumatyyppi, kuten epayments.payment.captured.v1 tai captured.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="37"/>
        <source>The URL must not contain a user name or password: it is kept in the settings file. Remove the part before &quot;@&quot;.</source>
        <translation>URL-osoite ei saa sisältää käyttäjätunnusta tai salasanaa: se tallennetaan asetustiedostoon. Poista ”@”-merkkiä edeltävä osa.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/forwarding.cpp" line="89"/>
        <source>Forwarding to %1</source>
        <translation>Välitetään osoitteeseen %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/forwarding.cpp" line="90"/>
        <source>Forwarding to %n handlers</source>
        <translation>
            <numerusform>Välitetään %n käsittelijälle</numerusform>
            <numerusform>Välitetään %n käsittelijälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::ImportLoader</name>
    <message>
        <location filename="../src/core/workbench/importloader.cpp" line="30"/>
        <source>%1 holds no webhook delivery (a POST request with a body).</source>
        <translation>%1 ei sisällä webhook-toimitusta (POST-pyyntöä, jossa on runko).</translation>
    </message>
</context>
<context>
    <name>Workbench::PackPlan</name>
    <message>
        <location filename="../src/core/workbench/packplan.cpp" line="46"/>
        <source>no event #%1 among those chosen.</source>
        <translation>valittujen joukossa ei ole tapahtumaa #%1.</translation>
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
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="96"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="97"/>
        <source>Expected</source>
        <translation>Odotettu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="98"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="99"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="100"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="101"/>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="115"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="139"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="144"/>
        <source>no answer (%1)</source>
        <translation>ei vastausta (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="151"/>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="152"/>
        <source>running</source>
        <translation>käynnissä</translation>
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
        <translation>ei ajettu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packrunmodel.cpp" line="164"/>
        <source>Sent: %1
Expected: %2
Answer: %3
%4</source>
        <translation>Lähetetty: %1
Odotettu: %2
Vastaus: %3
%4</translation>
    </message>
</context>
<context>
    <name>Workbench::PackSession</name>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="39"/>
        <source>The handler&apos;s URL must be an http(s) URL with a host and no user name, e.g. http://localhost:3000/webhooks/vipps.</source>
        <translation>Käsittelijän URL:n on oltava http(s)-URL, jossa on isäntä eikä käyttäjänimeä, esim. http://localhost:3000/webhooks/vipps.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="76"/>
        <source>No handler answered: %1. The other steps were not sent.</source>
        <translation>Mikään käsittelijä ei vastannut: %1. Muita vaiheita ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="79"/>
        <source>All %1 steps passed.</source>
        <translation>Kaikki %1 vaihetta läpäistiin.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="80"/>
        <source>%1 of %2 steps passed, %3 failed.</source>
        <translation>%1/%2 vaihetta läpäistiin, %3 epäonnistui.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/packsession.cpp" line="82"/>
        <source>Stopped after %1 of %2 steps.</source>
        <translation>Pysäytetty %1/%2 vaiheen jälkeen.</translation>
    </message>
</context>
<context>
    <name>Workbench::PaymentActions</name>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="52"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="75"/>
        <source>Create payment %1</source>
        <translation>Luo maksu %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="58"/>
        <source>Create a payment of %1 with reference %2</source>
        <translation>Luo maksu: summa %1, viite %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="62"/>
        <source>Creating %1…</source>
        <translation>Luodaan: %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="80"/>
        <source>Created %1.</source>
        <translation>Luotu: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="92"/>
        <source>Approve %1</source>
        <translation>Hyväksy %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="95"/>
        <source>Approve (force approve) exists only in the simulator and the test environment; approve the payment in the Vipps or MobilePay app instead.</source>
        <translation>Hyväksyntä (pakotettu hyväksyntä) on käytettävissä vain simulaattorissa ja testiympäristössä; hyväksy maksu sen sijaan Vipps- tai MobilePay-sovelluksessa.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="103"/>
        <source>Approving %1 as the test user…</source>
        <translation>Hyväksytään maksu %1 testikäyttäjänä…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="110"/>
        <source>Approved %1 as the test user.</source>
        <translation>Maksu %1 hyväksytty testikäyttäjänä.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="131"/>
        <source>Capture %1 of %2</source>
        <translation>Veloita %1 maksusta %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="136"/>
        <source>Refund %1 of %2</source>
        <translation>Hyvitä %1 maksusta %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="142"/>
        <source>Cancel %1</source>
        <translation>Peruuta %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="150"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="169"/>
        <source>%1: done.</source>
        <translation>%1: valmis.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="177"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="192"/>
        <source>Getting %1…</source>
        <translation>Haetaan: %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="184"/>
        <location filename="../src/core/workbench/paymentactions.cpp" line="203"/>
        <source>Open payment %1</source>
        <translation>Avaa maksu %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="205"/>
        <source>No payment %1 for merchant serial number %2: check the reference and the profile in use.</source>
        <translation>Kauppiasnumerolla %2 ei ole maksua %1: tarkista viite ja käytössä oleva profiili.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="213"/>
        <source>Opened %1: it is %2.</source>
        <translation>Avattiin %1: sen tila on %2.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="247"/>
        <source>Refresh %1</source>
        <translation>Päivitä %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="262"/>
        <source>%1 is %2.</source>
        <translation>%1: tila %2.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentactions.cpp" line="273"/>
        <source>No profile is ready; choose one under Credentials.</source>
        <translation>Mikään profiili ei ole valmis; valitse profiili kohdassa Tunnistetiedot.</translation>
    </message>
</context>
<context>
    <name>Workbench::PaymentListModel</name>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="162"/>
        <source>%1
Landing page: %2</source>
        <translation>%1
Laskeutumissivu: %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="187"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="188"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="189"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="190"/>
        <source>Authorized</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="191"/>
        <source>Captured</source>
        <translation>Veloitettu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="192"/>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="193"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="194"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/paymentlistmodel.cpp" line="195"/>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
</context>
<context>
    <name>Workbench::ProductionGuard</name>
    <message>
        <location filename="../src/core/workbench/productionguard.cpp" line="14"/>
        <source>Production: %1</source>
        <translation>Tuotanto: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/productionguard.cpp" line="15"/>
        <source>%1

This calls the production API of Vipps MobilePay with real merchant keys. Go on?</source>
        <translation>%1

Tämä kutsuu Vipps MobilePayn tuotanto-API:a oikeilla kauppiasavaimilla. Jatketaanko?</translation>
    </message>
</context>
<context>
    <name>Workbench::ProfileEditing</name>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="39"/>
        <source>No profile yet: press New (Ctrl+N) to make one.</source>
        <translation>Ei vielä profiilia: luo sellainen painamalla Uusi (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="42"/>
        <source>Profile %1 (unsaved changes)</source>
        <translation>Profiili %1 (tallentamattomia muutoksia)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="42"/>
        <source>Profile %1</source>
        <translation>Profiili %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="48"/>
        <source>not needed: the simulator&apos;s demo keys are used</source>
        <translation>ei tarvita: käytetään simulaattorin esittelyavaimia</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="52"/>
        <source>checked when this profile is in use; saving a key here puts the profile in use</source>
        <translation>tarkistetaan, kun tämä profiili on käytössä; avaimen tallentaminen tässä ottaa profiilin käyttöön</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="56"/>
        <source>reading the keychain…</source>
        <translation>luetaan avainnippua…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="60"/>
        <source>kept in memory until the app quits</source>
        <translation>pidetään muistissa, kunnes sovellus suljetaan</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="60"/>
        <source>stored in the keychain</source>
        <translation>tallennettu avainnippuun</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="64"/>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="73"/>
        <source>The profile in use cannot be deleted: use another one first</source>
        <translation>Käytössä olevaa profiilia ei voi poistaa: ota ensin toinen profiili käyttöön</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="80"/>
        <source>It needs no keys, and when no profile is left the app creates it again at its next start.</source>
        <translation>Se ei tarvitse avaimia, ja kun yhtään profiilia ei ole jäljellä, sovellus luo sen uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="82"/>
        <source>Its settings are removed from this computer, and its keys, kept in memory only, are forgotten. Make a note of them first if you need them again.</source>
        <translation>Sen asetukset poistetaan tältä tietokoneelta, ja sen vain muistissa pidetyt avaimet unohdetaan. Kirjoita ne ensin muistiin, jos tarvitset niitä uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="84"/>
        <source>Its settings and its keys in the keychain are removed from this computer. Make a note of them first if you need them again.</source>
        <translation>Sen asetukset ja avaimet avainnipussa poistetaan tältä tietokoneelta. Kirjoita ne ensin muistiin, jos tarvitset niitä myöhemmin.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="95"/>
        <source>Profile %1 cannot be read: its environment is unknown. Delete it and make it again.</source>
        <translation>Profiilia %1 ei voi lukea: sen ympäristö on tuntematon. Poista se ja luo se uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="127"/>
        <source>New profile, not saved yet</source>
        <translation>Uusi profiili, ei vielä tallennettu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="137"/>
        <source>Copy of %1, not saved yet; enter its keys</source>
        <translation>Kopio profiilista %1, ei vielä tallennettu; syötä sen avaimet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="164"/>
        <source>Using profile %1.</source>
        <translation>Käytössä on profiili %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="198"/>
        <source>Deleted profile %1.</source>
        <translation>Profiili %1 poistettiin.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="225"/>
        <source>Renaming profile %1 to %2 and moving its keys…</source>
        <translation>Profiili %1 nimetään nimellä %2 ja sen avaimet siirretään…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="248"/>
        <source>Profile %1 could not be saved: check that the settings file can be written.</source>
        <translation>Profiilia %1 ei voitu tallentaa: tarkista, että asetustiedostoon voi kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="256"/>
        <source>Saved profile %1.</source>
        <translation>Profiili %1 tallennettiin.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="271"/>
        <source>Keeping the keys of %1 in memory…</source>
        <translation>Pidetään profiilin %1 avaimia muistissa…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="272"/>
        <source>Saving the keys of %1 in the keychain…</source>
        <translation>Tallennetaan profiilin %1 avaimia avainnippuun…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="277"/>
        <source>Saved profile %1 and its keys; it is in use.</source>
        <translation>Profiili %1 ja sen avaimet tallennettiin; profiili on käytössä.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/profileediting.cpp" line="278"/>
        <source>The keys of %1 were not saved: %2</source>
        <translation>Profiilin %1 avaimia ei tallennettu: %2</translation>
    </message>
</context>
<context>
    <name>Workbench::ProfileSession</name>
    <message>
        <location filename="../src/core/workbench/profilesession.cpp" line="138"/>
        <source>No keychain was found on this computer, so the keys and webhook secrets you enter are kept in memory until the app quits.</source>
        <translation>Tältä tietokoneelta ei löytynyt avainnippua, joten antamasi avaimet ja webhook-salaisuudet pidetään muistissa, kunnes sovellus suljetaan.</translation>
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
        <translation>tilausavain</translation>
    </message>
</context>
<context>
    <name>Workbench::PublicAddress</name>
    <message>
        <location filename="../src/core/workbench/publicaddress.cpp" line="31"/>
        <source>Enter the public address Vipps delivers to, starting with https://, e.g. https://a1b2c3.ngrok.app.</source>
        <translation>Anna julkinen https://-alkuinen osoite, johon Vipps toimittaa, esim. https://a1b2c3.ngrok.app.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/publicaddress.cpp" line="34"/>
        <source>The URL must not contain a user name or password: it is kept in the settings file.</source>
        <translation>URL ei saa sisältää käyttäjänimeä tai salasanaa: se tallennetaan asetustiedostoon.</translation>
    </message>
</context>
<context>
    <name>Workbench::QuickStart</name>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="98"/>
        <source>Set up your keys</source>
        <translation>Määritä avaimet</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="99"/>
        <source>Get an access token</source>
        <translation>Hae käyttöoikeustunnus</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="100"/>
        <source>Register a webhook</source>
        <translation>Rekisteröi webhook</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="101"/>
        <source>Trigger an event</source>
        <translation>Käynnistä tapahtuma</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="102"/>
        <source>View the event</source>
        <translation>Tarkastele tapahtumaa</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="111"/>
        <source>A profile holds the client id, client secret, subscription key and merchant serial number; the local simulator profile needs none of yours.</source>
        <translation>Profiilissa ovat client id, client secret, tilausavain ja kauppiaan sarjanumero; paikallisen simulaattorin profiili ei tarvitse omia avaimiasi.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="114"/>
        <source>Every API call carries a bearer token from the access token API; it lasts about an hour.</source>
        <translation>Jokaisessa API-kutsussa on käyttöoikeustunnus-API:sta saatu bearer-tunnus; se on voimassa noin tunnin.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="116"/>
        <source>Tell Vipps which events to send to which URL; the answer holds the secret that signs them. The button registers this app&apos;s receiver for every payment event.</source>
        <translation>Kerro Vippsille, mitkä tapahtumat lähetetään mihinkin URL:iin; vastauksessa on salaisuus, jolla ne allekirjoitetaan. Painike rekisteröi tämän sovelluksen vastaanottimen kaikille maksutapahtumille.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="118"/>
        <source>Create a test payment and approve it: each state change becomes a webhook event.</source>
        <translation>Luo testimaksu ja hyväksy se: jokaisesta tilan muutoksesta tulee webhook-tapahtuma.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="120"/>
        <source>The receiver checks each delivery&apos;s HMAC signature; a valid one proves it came from Vipps.</source>
        <translation>Vastaanotin tarkistaa jokaisen toimituksen HMAC-allekirjoituksen; kelvollinen allekirjoitus todistaa, että toimitus tuli Vippsiltä.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="149"/>
        <source>Your test keys are in the Vipps MobilePay portal, under For developers, for your test sales unit: client id, client secret, subscription key and merchant serial number. The profile needs all four.</source>
        <translation>Testiavaimesi löytyvät Vipps MobilePay -portaalista kohdasta Kehittäjille, testimyyntiyksikkösi kohdalta: client id, client secret, subscription key ja merchant serial number. Profiili tarvitsee kaikki neljä.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="155"/>
        <source>Vipps cannot reach 127.0.0.1. Start a tunnel to the receiver, &apos;%1&apos; (or &apos;%2&apos;): the app finds it as soon as it runs.</source>
        <translation>Vipps ei tavoita osoitetta 127.0.0.1. Käynnistä tunneli vastaanottimeen, ”%1” (tai ”%2”): sovellus löytää sen heti, kun se on käynnissä.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="159"/>
        <source>Tunnel found: %1. Register its address for every payment event in one click.</source>
        <translation>Tunneli löytyi: %1. Rekisteröi sen osoite kaikille maksutapahtumille yhdellä napsautuksella.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="162"/>
        <source>Create a test payment, open its landing page (Payments shows the address) and approve it in the Vipps test app with a test user: each state change becomes a webhook event.</source>
        <translation>Luo testimaksu, avaa sen aloitussivu (Maksut näyttää osoitteen) ja hyväksy se Vippsin testisovelluksessa testikäyttäjällä: jokaisesta tilamuutoksesta tulee webhook-tapahtuma.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="164"/>
        <source>Vipps delivers through the tunnel; the receiver checks each delivery&apos;s signature.</source>
        <translation>Vipps toimittaa tunnelin kautta; vastaanotin tarkistaa jokaisen toimituksen allekirjoituksen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="174"/>
        <source>Look for a tunnel</source>
        <translation>Etsi tunneli</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="174"/>
        <source>Register the tunnel&apos;s address</source>
        <translation>Rekisteröi tunnelin osoite</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="175"/>
        <source>Create payment</source>
        <translation>Luo maksu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="183"/>
        <source>Open credentials</source>
        <translation>Avaa tunnistetiedot</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="184"/>
        <source>Get token</source>
        <translation>Hae tunnus</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="185"/>
        <source>Register the receiver</source>
        <translation>Rekisteröi vastaanotin</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="186"/>
        <source>Create and approve payment</source>
        <translation>Luo ja hyväksy maksu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/quickstart.cpp" line="187"/>
        <source>Show event log</source>
        <translation>Näytä tapahtumaloki</translation>
    </message>
</context>
<context>
    <name>Workbench::ReceiverWorker</name>
    <message>
        <location filename="../src/core/workbench/receiverworker.cpp" line="23"/>
        <source>The handler&apos;s answer was not journaled: %1</source>
        <translation>Käsittelijän vastausta ei kirjattu päiväkirjaan: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::ReplayActions</name>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="56"/>
        <source>Only a webhook delivery can be signed afresh.</source>
        <translation>Vain webhook-toimituksen voi allekirjoittaa uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="58"/>
        <source>The delivery names no webhook, so there is no secret to sign it with.</source>
        <translation>Toimitus ei nimeä webhookia, joten sen allekirjoittamiseen ei ole salaisuutta.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="64"/>
        <source>The app holds no secret for webhook %1 to sign it with.</source>
        <translation>Sovelluksella ei ole webhookin %1 salaisuutta, jolla sen voisi allekirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="72"/>
        <source>Only webhook deliveries can be replayed.</source>
        <translation>Vain webhook-toimituksia voi lähettää uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/replayactions.cpp" line="77"/>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 ei ole http- tai https-URL.</translation>
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
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="96"/>
        <source>Call</source>
        <translation>Kutsu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="97"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="98"/>
        <source>Path</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="99"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="100"/>
        <source>Time taken</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/requestlogmodel.cpp" line="101"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>Workbench::TunnelQuickStart</name>
    <message>
        <location filename="../src/core/workbench/tunnelquickstart.cpp" line="64"/>
        <source>no valid delivery within a minute of the payment. The usual causes: the registered URL is not the tunnel&apos;s address now (a restarted ngrok gets a new one: register again), the tunnel stopped, or the payment was not approved in the Vipps test app yet.</source>
        <translation>ei kelvollista toimitusta minuutin kuluessa maksusta. Tavalliset syyt: rekisteröity URL ei ole nyt tunnelin osoite (uudelleen käynnistetty ngrok saa uuden: rekisteröi uudelleen), tunneli pysähtyi tai maksua ei ole vielä hyväksytty Vippsin testisovelluksessa.</translation>
    </message>
</context>
<context>
    <name>Workbench::WebhookActions</name>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="44"/>
        <source>%n event types</source>
        <translation>
            <numerusform>%n tapahtumatyyppi</numerusform>
            <numerusform>%n tapahtumatyyppiä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="63"/>
        <source>Listing…</source>
        <translation>Listataan…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="74"/>
        <source>Register a webhook that sends %1 to %2</source>
        <translation>Rekisteröi webhook, joka lähettää %1 osoitteeseen %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="76"/>
        <source>Not registered</source>
        <translation>Ei rekisteröity</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="79"/>
        <source>Registering…</source>
        <translation>Rekisteröidään…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="92"/>
        <source>Delete the webhook to %1 (id %2)</source>
        <translation>Poista webhook, jonka osoite on %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="94"/>
        <source>Not deleted</source>
        <translation>Ei poistettu</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="97"/>
        <source>Deleting…</source>
        <translation>Poistetaan…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="158"/>
        <source>Not moved</source>
        <translation>Ei siirretty</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="181"/>
        <source>Registering %1 again…</source>
        <translation>Rekisteröidään %1 uudelleen…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="191"/>
        <source>Could not register the webhook again at %1</source>
        <translation>Webhookia ei voitu rekisteröidä uudelleen osoitteeseen %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="201"/>
        <source>Deleting the webhook to %1…</source>
        <translation>Poistetaan webhook osoitteeseen %1…</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="246"/>
        <source>Could not list the webhooks</source>
        <translation>Webhookeja ei voitu listata</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="251"/>
        <source>1 webhook, listed at %1</source>
        <translation>1 webhook, listattu klo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="252"/>
        <source>%n webhooks, listed at %1</source>
        <translation>
            <numerusform>%n webhook, listattu klo %1</numerusform>
            <numerusform>%n webhookia, listattu klo %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="260"/>
        <source>Could not register the webhook</source>
        <translation>Webhookia ei voitu rekisteröidä</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="210"/>
        <location filename="../src/core/workbench/webhookactions.cpp" line="272"/>
        <source>Could not delete the webhook to %1</source>
        <translation>Webhookia, jonka osoite on %1, ei voitu poistaa</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="154"/>
        <source>Register the webhook again at %1 and delete the old registration</source>
        <translation>Rekisteröi webhook uudelleen osoitteeseen %1 ja poista vanha rekisteröinti</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/workbench/webhookactions.cpp" line="155"/>
        <source>Register %n webhooks again at %1 and delete the old registrations</source>
        <translation>
            <numerusform>Rekisteröi %n webhook uudelleen osoitteeseen %1 ja poista vanhat rekisteröinnit</numerusform>
            <numerusform>Rekisteröi %n webhookia uudelleen osoitteeseen %1 ja poista vanhat rekisteröinnit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="289"/>
        <source>Is the simulator running? This profile calls it at %1.</source>
        <translation>Onko simulaattori käynnissä? Tämä profiili kutsuu sitä osoitteessa %1.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="290"/>
        <source>Check that %1 can be reached from this machine (network, proxy, VPN).</source>
        <translation>Tarkista, että %1 on tavoitettavissa tältä koneelta (verkko, välityspalvelin, VPN).</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="292"/>
        <source>Complete profile %1 under Credentials.</source>
        <translation>Täydennä profiili %1 kohdassa Tunnistetiedot.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="295"/>
        <source>Check the client id, client secret, subscription key and MSN of profile %1.</source>
        <translation>Tarkista profiilin %1 client id, client secret, tilausavain ja MSN.</translation>
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
        <translation>Jäljitystunnus: %1</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="319"/>
        <source>Vipps shows this secret only once. No keychain was found, so the app keeps it in memory only until it quits; copy it now to keep it.</source>
        <translation>Vipps näyttää tämän salaisuuden vain kerran. Avainnippua ei löytynyt, joten sovellus pitää sen vain muistissa, kunnes se suljetaan; kopioi se nyt säilyttääksesi sen.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="323"/>
        <source>Vipps shows this secret only once. The app keeps it in the keychain and verifies this webhook&apos;s deliveries with it; copy it now if your own server verifies them too.</source>
        <translation>Vipps näyttää tämän salaisuuden vain kerran. Sovellus säilyttää sen avainnipussa ja tarkistaa tämän webhookin toimitukset sen avulla; kopioi se nyt, jos myös oma palvelimesi tarkistaa ne.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhookactions.cpp" line="325"/>
        <source>Vipps shows this secret only once. The keychain cannot be used (%1), so the app keeps it in memory only until it quits; copy it now to keep it.</source>
        <translation>Vipps näyttää tämän salaisuuden vain kerran. Avainnippua ei voi käyttää (%1), joten sovellus pitää sen muistissa vain sulkemiseensa asti; kopioi se nyt säilyttääksesi sen.</translation>
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
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="74"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="75"/>
        <source>Secret</source>
        <translation>Salaisuus</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="86"/>
        <source>not an event type this app knows</source>
        <translation>tapahtumatyyppi, jota tämä sovellus ei tunne</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="104"/>
        <source>held by this app</source>
        <translation>tällä sovelluksella</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="104"/>
        <source>not here</source>
        <translation>ei täällä</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="117"/>
        <source>This app holds the secret and verifies this webhook&apos;s deliveries with it.</source>
        <translation>Tällä sovelluksella on salaisuus, ja se tarkistaa tämän webhookin toimitukset sen avulla.</translation>
    </message>
    <message>
        <location filename="../src/core/workbench/webhooklistmodel.cpp" line="118"/>
        <source>This app does not hold the secret: the webhook was registered elsewhere (another tool or machine), and Vipps returns a secret only when registering. Its deliveries cannot be verified here; delete it and register again to get a secret this app keeps.</source>
        <translation>Tällä sovelluksella ei ole salaisuutta: webhook rekisteröitiin muualla (toisella työkalulla tai koneella), ja Vipps palauttaa salaisuuden vain rekisteröitäessä. Sen toimituksia ei voi tarkistaa täällä; poista se ja rekisteröi uudelleen, jotta saat salaisuuden, jonka tämä sovellus säilyttää.</translation>
    </message>
</context>
</TS>
