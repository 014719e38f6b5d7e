package dev.lab.server;

import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Builds certificate signing requests as an enrolling agent would, for the autosign tests. */
final class Csrs {
  static final String PP_ROLE = "1.3.6.1.4.1.34380.1.1.13";
  static final String PP_ENVIRONMENT = "1.3.6.1.4.1.34380.1.1.12";
  static final String LABELS = "1.3.6.1.4.1.34380.1.2.1";
  private static final KeyPair KEYS = keys();

  private final String cn;
  private String challenge;
  private final Map<String, String> extensions = new LinkedHashMap<>();

  private Csrs(String cn) {
    this.cn = cn;
  }

  static Csrs of(String cn) {
    return new Csrs(cn);
  }

  Csrs challenge(String token) {
    this.challenge = token;
    return this;
  }

  Csrs extension(String oid, String value) {
    extensions.put(oid, value);
    return this;
  }

  String pem() {
    try {
      JcaPKCS10CertificationRequestBuilder b = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + cn),
          KEYS.getPublic());
      if (challenge != null) {
        b.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_challengePassword, new DERUTF8String(challenge));
      }
      if (!extensions.isEmpty()) {
        List<Extension> list = new ArrayList<>();
        for (Map.Entry<String, String> e : extensions.entrySet()) {
          list.add(new Extension(new ASN1ObjectIdentifier(e.getKey()), false,
              new DERUTF8String(e.getValue()).getEncoded()));
        }
        b.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, new Extensions(list.toArray(Extension[]::new)));
      }
      PKCS10CertificationRequest csr = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(KEYS.getPrivate()));
      StringWriter out = new StringWriter();
      try (JcaPEMWriter w = new JcaPEMWriter(out)) {
        w.writeObject(csr);
      }
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
