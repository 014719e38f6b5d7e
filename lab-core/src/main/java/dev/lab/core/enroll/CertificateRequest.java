package dev.lab.core.enroll;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * What an agent asks for in its PKCS#10 certificate signing request, read with Bouncy Castle from
 * PEM: the subject's common name (the certname), the challengePassword attribute (Lab's one-time
 * enrollment token) and the requested extensions (Puppet's trusted facts). Only a request whose
 * signature verifies against its own public key is read at all.
 *
 * @param commonName the subject's CN
 * @param challengePassword the challengePassword attribute; null when there is none
 * @param extensionRequests each requested extension's value as text, by numeric OID, in order
 * @param otherAttributes the OIDs of any further attributes the request carries
 */
public record CertificateRequest(String commonName, String challengePassword, Map<String, String> extensionRequests,
    List<String> otherAttributes) {
  /** Larger than any real CSR (a 16384-bit RSA key with many extensions stays far below). */
  static final int MAX_PEM_LENGTH = 64 * 1024;
  /** Bouncy Castle's provider, used here only (never registered with the JVM): RSA, EC and EdDSA keys. */
  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
  private static final List<String> PEM_TYPES = List.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

  public CertificateRequest {
    extensionRequests = Collections.unmodifiableMap(new LinkedHashMap<>(extensionRequests));
    otherAttributes = List.copyOf(otherAttributes);
  }

  /**
   * Reads one PEM-encoded certificate signing request.
   *
   * @throws CsrException when it is not exactly one well-formed, correctly signed request with one
   *     subject CN and text-valued attributes; the message says what is wrong, never the content
   */
  public static CertificateRequest parse(String pem) throws CsrException {
    if (pem == null || pem.isBlank()) {
      throw new CsrException("no certificate request: the input is empty");
    }
    if (pem.length() > MAX_PEM_LENGTH) {
      throw new CsrException("the input is larger than " + MAX_PEM_LENGTH / 1024 + " KiB: not a certificate request");
    }
    PKCS10CertificationRequest csr = new PKCS10CertificationRequest(structure(pem));
    verify(csr);
    String challenge = null;
    Map<String, String> extensions = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (Attribute a : csr.getAttributes()) {
      ASN1ObjectIdentifier type = a.getAttrType();
      if (type.equals(PKCSObjectIdentifiers.pkcs_9_at_challengePassword)) {
        if (challenge != null || a.getAttrValues().size() != 1) {
          throw new CsrException("the request carries more than one challengePassword");
        }
        challenge = text(a.getAttributeValues()[0], "its challengePassword");
      } else if (type.equals(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
        if (!extensions.isEmpty() || a.getAttrValues().size() != 1) {
          throw new CsrException("the request carries more than one extensionRequest attribute");
        }
        readExtensions(a.getAttributeValues()[0], extensions);
      } else {
        others.add(type.getId());
      }
    }
    return new CertificateRequest(commonName(csr), challenge, extensions, others);
  }

  private static CertificationRequest structure(String pem) throws CsrException {
    PemObject object;
    try (PemReader reader = new PemReader(new StringReader(pem))) {
      object = reader.readPemObject();
      if (object != null && reader.readPemObject() != null) {
        throw new CsrException("the input holds more than one PEM block: give one certificate request");
      }
    } catch (IOException | RuntimeException e) {
      throw new CsrException("the PEM text is malformed (" + printable(e.getMessage()) + ")", e);
    }
    if (object == null) {
      throw new CsrException("no PEM block: expected -----BEGIN CERTIFICATE REQUEST-----");
    }
    if (!PEM_TYPES.contains(object.getType())) {
      throw new CsrException("the PEM block is a '" + printable(object.getType()) + "', not a CERTIFICATE REQUEST");
    }
    try {
      return CertificationRequest.getInstance(ASN1Primitive.fromByteArray(object.getContent()));
    } catch (IOException | RuntimeException e) {
      throw new CsrException("the PEM block does not hold a well-formed PKCS#10 certificate request", e);
    }
  }

  private static void verify(PKCS10CertificationRequest csr) throws CsrException {
    boolean valid;
    try {
      valid = csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(csr.getSubjectPublicKeyInfo()));
    } catch (OperatorCreationException | PKCSException | RuntimeException e) {
      throw new CsrException("the request's signature cannot be checked (unsupported key or signature"
          + " algorithm " + csr.getSignatureAlgorithm().getAlgorithm().getId() + ")", e);
    }
    if (!valid) {
      throw new CsrException("the request's signature does not verify against its public key");
    }
  }

  private static String commonName(PKCS10CertificationRequest csr) throws CsrException {
    RDN[] cns = csr.getSubject().getRDNs(BCStyle.CN);
    if (cns.length != 1 || cns[0].isMultiValued()) {
      throw new CsrException("the request's subject must have exactly one CN, it has " + cns.length);
    }
    return text(cns[0].getFirst().getValue(), "its subject CN");
  }

  private static void readExtensions(ASN1Encodable value, Map<String, String> into) throws CsrException {
    Extensions extensions;
    try {
      extensions = Extensions.getInstance(value);
    } catch (RuntimeException e) {
      throw new CsrException("the request's extensionRequest attribute is malformed", e);
    }
    for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
      Extension e = extensions.getExtension(oid);
      ASN1Primitive parsed;
      try {
        parsed = ASN1Primitive.fromByteArray(e.getExtnValue().getOctets());
      } catch (IOException ex) {
        throw new CsrException("the requested extension " + PuppetOids.display(oid.getId()) + " is malformed", ex);
      }
      into.put(oid.getId(), parsed instanceof ASN1String s ? s.getString()
          : "(not text: " + IETFUtils.valueToString(parsed) + ")");
    }
  }

  private static String text(ASN1Encodable value, String what) throws CsrException {
    if (!(value instanceof ASN1String s)) {
      throw new CsrException("the request's value of " + what + " is not text");
    }
    return s.getString();
  }

  private static String printable(String text) {
    return text == null ? "unreadable" : text.replaceAll("[^\\x20-\\x7e]", "?");
  }

  /** Never shows the challengePassword. */
  @Override
  public String toString() {
    return "CertificateRequest[commonName=" + commonName + ", challengePassword="
        + (challengePassword == null ? "none" : "(hidden)") + ", extensionRequests=" + extensionRequests
        + ", otherAttributes=" + otherAttributes + "]";
  }
}
