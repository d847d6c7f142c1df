package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts that a value object rejects its input with a given code and a Chinese message
 * from the bundle (not the fallback that a missing bundle key produces).
 */
final class Rejections {

	private Rejections() {
	}

	static AbstractStringAssert<?> assertRejected(ThrowingCallable creation, String code) {
		var rejection = catchThrowableOfType(InvalidValueException.class, creation);
		assertThat(rejection).as("expected rejection with code %s", code).isNotNull();
		assertThat(rejection.code()).isEqualTo(code);
		assertThat(rejection.getMessage()).as("message of %s", code)
			.doesNotContain(code)
			.containsPattern("\\p{IsHan}")
			.doesNotContain("{", "}");
		return assertThat(rejection.getMessage());
	}

}
