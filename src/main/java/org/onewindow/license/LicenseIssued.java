package org.onewindow.license;

/**
 * A licence was issued (published once per licence: issuing again for the same case and type publishes nothing).
 */
public record LicenseIssued(long licenseId, String type, String holderId, Long caseId) {
}
