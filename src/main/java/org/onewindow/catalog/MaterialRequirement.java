package org.onewindow.catalog;

/**
 * 申请材料: a document a situation requires, and how the clerk treats it.
 *
 * @param required {@code false} for a conditional material, needed only when {@link #condition()} applies
 * @param licenseType for government-issued materials: the e-licence type that can be reused instead
 * @param key a key material (要件): never missing in a deficiency acceptance (容缺受理)
 * @param pledgeAllowed may be replaced by a signed pledge (告知承诺)
 * @param formTemplate code of the situation's form template when this material is a form
 */
public record MaterialRequirement(String name, MaterialForm form, int copies, boolean required, String condition,
		MaterialSource source, String licenseType, TrustGrade trustGrade, boolean key, boolean pledgeAllowed,
		String checkNotes, String formTemplate) {
}
