package org.onewindow.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A business validation found several problems at once (a catalog that cannot be published, a workbook with bad
 * rows): rendered as 422 with every problem in {@code errors}.
 */
public class ValidationFailedException extends DomainException {

	private final transient List<Violation> violations;

	public ValidationFailedException(String code, List<Violation> violations, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, code, args);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
