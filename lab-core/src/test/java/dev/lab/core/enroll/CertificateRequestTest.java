package dev.lab.core.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading certificate signing requests made by OpenSSL ({@code openssl req -config} with a
 * challengePassword and Puppet's extension OIDs, RSA and EC keys) and by the Puppet 7 agent's own
 * CSR code from a {@code csr_attributes.yaml}, and refusing what is not one.
 */
class CertificateRequestTest {
  static final String TOKEN = "Zm9vYmFyYmF6cXV4cXV1eGZvb2JhcmJhenF1eHF1dXg";
  static final Map<String, String> EXTENSIONS = Map.of("1.3.6.1.4.1.34380.1.1.13", "mail",
      "1.3.6.1.4.1.34380.1.1.12", "production", "1.3.6.1.4.1.34380.1.2.1", "mailserver,edge");

  @ParameterizedTest
  @ValueSource(strings = {"puppet-agent.pem", "openssl-rsa.pem", "openssl-ec.pem"})
  void readsTheCertnameTokenAndTrustedFacts(String file) throws Exception {
    CertificateRequest csr = CertificateRequest.parse(resource(file));

    assertThat(csr.commonName()).isEqualTo("web1.lab.example");
    assertThat(csr.challengePassword()).isEqualTo(TOKEN);
    assertThat(csr.extensionRequests()).containsExactlyInAnyOrderEntriesOf(EXTENSIONS);
    assertThat(csr.otherAttributes()).isEmpty();
  }

  @Test
  void theAgentsExtensionsKeepTheirOrder() throws Exception {
    assertThat(CertificateRequest.parse(resource("puppet-agent.pem")).extensionRequests().keySet())
        .containsExactly("1.3.6.1.4.1.34380.1.1.13", "1.3.6.1.4.1.34380.1.1.12", "1.3.6.1.4.1.34380.1.2.1");
  }

  @Test
  void aRequestWithoutChallengePasswordHasNone() throws Exception {
    CertificateRequest csr = CertificateRequest.parse(resource("openssl-no-challenge.pem"));

    assertThat(csr.challengePassword()).isNull();
    assertThat(csr.extensionRequests()).hasSize(3);
  }

  @Test
  void neverShowsTheToken() throws Exception {
    assertThat(CertificateRequest.parse(resource("openssl-ec.pem")).toString()).doesNotContain(TOKEN)
        .contains("(hidden)");
  }

  @Test
  void refusesACertificate() {
    assertThatThrownBy(() -> CertificateRequest.parse(resource("certificate.pem")))
        .isInstanceOf(CsrException.class)
        .hasMessage("the PEM block is a 'CERTIFICATE', not a CERTIFICATE REQUEST");
  }

  @Test
  void refusesTextWithoutPem() {
    assertThatThrownBy(() -> CertificateRequest.parse("hello\n")).isInstanceOf(CsrException.class)
        .hasMessage("no PEM block: expected -----BEGIN CERTIFICATE REQUEST-----");
  }

  @Test
  void refusesEmptyInput() {
    assertThatThrownBy(() -> CertificateRequest.parse("")).isInstanceOf(CsrException.class)
        .hasMessage("no certificate request: the input is empty");
  }

  @Test
  void refusesBrokenBase64() throws Exception {
    String pem = resource("openssl-ec.pem").replaceFirst("\n[A-Za-z0-9+/]{10}", "\n!!!!!!!!!!");

    assertThatThrownBy(() -> CertificateRequest.parse(pem)).isInstanceOf(CsrException.class)
        .hasMessageStartingWith("the PEM text is malformed");
  }

  @Test
  void refusesAnUnterminatedBlock() throws Exception {
    String pem = resource("openssl-ec.pem").replace("-----END CERTIFICATE REQUEST-----", "");

    assertThatThrownBy(() -> CertificateRequest.parse(pem)).isInstanceOf(CsrException.class)
        .hasMessageStartingWith("the PEM text is malformed");
  }

  @Test
  void refusesPemThatHoldsNoRequest() {
    String pem = pem("CERTIFICATE REQUEST", "not DER at all".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> CertificateRequest.parse(pem)).isInstanceOf(CsrException.class)
        .hasMessage("the PEM block does not hold a well-formed PKCS#10 certificate request");
  }

  @Test
  void refusesTwoRequests() throws Exception {
    String pem = resource("openssl-ec.pem") + resource("openssl-rsa.pem");

    assertThatThrownBy(() -> CertificateRequest.parse(pem)).isInstanceOf(CsrException.class)
        .hasMessage("the input holds more than one PEM block: give one certificate request");
  }

  @Test
  void refusesABadSignature() throws Exception {
    byte[] der = der(resource("openssl-rsa.pem"));
    der[der.length - 1] ^= 0x01; // the last byte of the RSA signature

    assertThatThrownBy(() -> CertificateRequest.parse(pem("CERTIFICATE REQUEST", der)))
        .isInstanceOf(CsrException.class)
        .hasMessage("the request's signature does not verify against its public key");
  }

  @Test
  void refusesATamperedAttribute() throws Exception {
    byte[] der = der(resource("openssl-rsa.pem"));
    String text = new String(der, StandardCharsets.ISO_8859_1).replace("mailserver", "mailservex");

    assertThatThrownBy(() -> CertificateRequest.parse(pem("CERTIFICATE REQUEST",
        text.getBytes(StandardCharsets.ISO_8859_1)))).isInstanceOf(CsrException.class)
        .hasMessage("the request's signature does not verify against its public key");
  }

  @Test
  void refusesHugeInput() {
    assertThatThrownBy(() -> CertificateRequest.parse("A".repeat(CertificateRequest.MAX_PEM_LENGTH + 1)))
        .isInstanceOf(CsrException.class).hasMessage("the input is larger than 64 KiB: not a certificate request");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CertificateRequestTest.class.getResourceAsStream("/csr/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource csr/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private static byte[] der(String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
