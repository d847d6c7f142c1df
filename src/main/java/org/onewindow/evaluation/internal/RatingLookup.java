package org.onewindow.evaluation.internal;

import org.onewindow.evaluation.internal.EvaluationRecords.Rating;
import org.springframework.stereotype.Component;

/**
 * Reads a rating by id (for the rectification views).
 */
@Component
public class RatingLookup {

	private final EvaluationRepository repository;

	RatingLookup(EvaluationRepository repository) {
		this.repository = repository;
	}

	public Rating rating(long id) {
		return repository.rating(id).orElseThrow();
	}
}
