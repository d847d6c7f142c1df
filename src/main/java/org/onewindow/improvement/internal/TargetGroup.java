package org.onewindow.improvement.internal;

/**
 * Whom a suggestion campaign asks (征集对象).
 */
public enum TargetGroup {

	CITIZEN("群众"), STAFF("工作人员"), DEPUTY("人大代表政协委员"), ENTERPRISE("企业");

	private final String label;

	TargetGroup(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
