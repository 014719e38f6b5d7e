/**
 * Enrollment into OpenVox/Puppet: Lab as the Puppet CA's policy-based autosigning executable
 * ({@link dev.lab.core.enroll.AutosignPolicy}) and as its external node classifier ({@link
 * dev.lab.core.enroll.NodeClassifier}).
 */
package dev.lab.core.enroll;
