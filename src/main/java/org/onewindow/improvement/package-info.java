/**
 * 金点子与问题台账: suggestion campaigns (金点子) with a public form, a QR code for the hall and a short questionnaire
 * per theme, reviewed by staff; and the one issue ledger (问题台账) fed by 差评 rectifications, 办不成事 matters,
 * adopted suggestions and manual entries, with owner departments, working-day deadlines, evidence and overdue lights.
 */
@ApplicationModule(displayName = "金点子与问题台账", allowedDependencies = { "shared", "platform", "site", "staff",
		"evaluation", "escalation" })
package org.onewindow.improvement;

import org.springframework.modulith.ApplicationModule;
