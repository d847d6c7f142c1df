package org.onewindow.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.CaseSummary.Representative;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.delivery.internal.Delivery.CollectorKind;
import org.onewindow.delivery.internal.PickupPolicy.Entitled;
import org.onewindow.shared.IdNumber;

class PickupPolicyUnitTests {

	static final String APPLICANT_ID = "110101199003070011";
	static final String AGENT_ID = "11010119500307003X";
	static final String STRANGER_ID = "110101195003070013";

	final Entitled applicant = new Entitled(CollectorKind.APPLICANT, "张三", APPLICANT_ID);
	final Entitled agent = new Entitled(CollectorKind.AGENT, "李四", AGENT_ID.toLowerCase());

	@Test
	void theApplicantCollectsWithTheirIdNumberAndName() {
		var decision = PickupPolicy.decide(List.of(applicant), IdNumber.of(APPLICANT_ID), " 张 三 ", "张三");
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.collector()).isEqualTo(applicant);
	}

	@Test
	void anAuthorisedAgentCollectsAndMaySignWithTheirOwnOrTheApplicantsName() {
		var entitled = List.of(applicant, agent);
		var own = PickupPolicy.decide(entitled, IdNumber.of(AGENT_ID), "李四", "张三");
		assertThat(own.allowed()).isTrue();
		assertThat(own.collector().kind()).isEqualTo(CollectorKind.AGENT);
		assertThat(PickupPolicy.decide(entitled, IdNumber.of(AGENT_ID), "张三", "张三").allowed()).isTrue();
	}

	@Test
	void anyoneElseIsRefusedWithTheReason() {
		var stranger = PickupPolicy.decide(List.of(applicant, agent), IdNumber.of(STRANGER_ID), "张三", "张三");
		assertThat(stranger.allowed()).isFalse();
		assertThat(stranger.reason()).isEqualTo(PickupPolicy.IDENTITY_MISMATCH);
		assertThat(PickupPolicy.decide(List.of(), IdNumber.of(APPLICANT_ID), "张三", "张三").reason())
			.as("nobody entitled (an organisation without a recorded agent)")
			.isEqualTo(PickupPolicy.IDENTITY_MISMATCH);
	}

	@Test
	void theSignatureMustBeTheCollectorsOrTheApplicantsName() {
		var wrong = PickupPolicy.decide(List.of(applicant, agent), IdNumber.of(APPLICANT_ID), "王五", "张三");
		assertThat(wrong.reason()).isEqualTo(PickupPolicy.SIGNATURE_MISMATCH);
		assertThat(PickupPolicy.decide(List.of(applicant), IdNumber.of(APPLICANT_ID), "  ", "张三").reason())
			.isEqualTo(PickupPolicy.SIGNATURE_MISMATCH);
	}

	@Test
	void middleDotsOfMinorityNamesCountAsOne() {
		var uyghur = new Entitled(CollectorKind.APPLICANT, "买买提·艾力", APPLICANT_ID);
		assertThat(PickupPolicy.decide(List.of(uyghur), IdNumber.of(APPLICANT_ID), "买买提•艾力", "买买提·艾力").allowed())
			.isTrue();
	}

	static CaseSummary aCase(ApplicantKind kind, String name, String id, Representative legal, Representative agent) {
		return new CaseSummary(1, "101-20260310-0001", 101, CaseStatus.CONCLUDED, 1, List.of("S1"), null, "事项", kind,
				name, id, "13912345678", new CaseSummary.Delivery(DeliveryMethod.PICKUP, null, null, null), null, null,
				null, legal, agent);
	}

	@Test
	void thePersonTheLegalRepresentativeAndOnlyAnAuthorisedAgentAreEntitled() {
		var person = DeliveryService.entitled(aCase(ApplicantKind.PERSON, "张三", APPLICANT_ID, null,
				new Representative("李四", AGENT_ID, true)));
		assertThat(person).extracting(Entitled::kind).containsExactly(CollectorKind.APPLICANT, CollectorKind.AGENT);

		var company = DeliveryService.entitled(aCase(ApplicantKind.ORGANIZATION, "青山县某某餐饮有限公司",
				"91360000MA35XXXX0X", new Representative("王五", STRANGER_ID, true),
				new Representative("李四", AGENT_ID, false)));
		assertThat(company).as("the credit code is no ID number; an agent without authorisation is nobody")
			.containsExactly(new Entitled(CollectorKind.LEGAL_REPRESENTATIVE, "王五", STRANGER_ID));

		assertThat(DeliveryService.entitled(aCase(ApplicantKind.ORGANIZATION, "某公司", "91360000MA35XXXX0X", null,
				new Representative("李四", null, true)))).as("an agent recorded without ID number").isEmpty();
	}
}
