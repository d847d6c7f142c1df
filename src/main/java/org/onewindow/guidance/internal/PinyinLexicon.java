package org.onewindow.guidance.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.catalog.Synonym;

/**
 * Turns pinyin typed on a kiosk keyboard back into the catalog's own words, so that what was typed goes through the
 * same alias, action and life-event handling as Chinese: "kai fandian" → 开饭店, "sfzbl" → 身份证补领,
 * "kua sheng tong ban" → 跨省通办. The lexicon is the index's vocabulary (more frequent words win a homophone) and the
 * words of the alias layer (action words win initials: bl → 补领).
 */
final class PinyinLexicon {

	private static final int MAX_SYLLABLES = 8;

	private final Map<String, Candidate> byPinyin = new HashMap<>();
	private final Map<String, Candidate> byInitials = new HashMap<>();

	private record Candidate(String word, double weight) {
	}

	PinyinLexicon(Map<String, Integer> wordFrequencies, List<Synonym> synonyms) {
		wordFrequencies.forEach((word, frequency) -> add(word, frequency));
		for (Synonym synonym : synonyms) {
			double weight = "ACTION".equals(synonym.kind()) ? 1e7 : 1e3;
			add(synonym.term(), weight);
			synonym.aliases().forEach(alias -> add(alias, weight / 2));
		}
	}

	private void add(String word, double weight) {
		String normalized = TextAnalyzer.normalize(word);
		if (normalized.isEmpty() || !normalized.chars().allMatch(c -> TextAnalyzer.isHan((char) c))) {
			return;
		}
		List<String> syllables = TextAnalyzer.syllables(normalized);
		if (syllables.isEmpty() || syllables.size() > MAX_SYLLABLES) {
			return;
		}
		var candidate = new Candidate(normalized, weight);
		byPinyin.merge(String.join("", syllables) + "|" + syllables.size(), candidate, PinyinLexicon::better);
		if (syllables.size() >= 2) {
			byInitials.merge(TextAnalyzer.initials(syllables), candidate, PinyinLexicon::better);
		}
	}

	private static Candidate better(Candidate a, Candidate b) {
		return b.weight() > a.weight() ? b : a;
	}

	/** The catalog words the typed letters most likely stand for, or an empty string. */
	String transliterate(String letters) {
		List<String> syllables = TextAnalyzer.splitPinyin(letters);
		if (!syllables.isEmpty()) {
			return fromSyllables(syllables);
		}
		return fromInitials(letters);
	}

	/** Longest known word first, syllable by syllable. */
	private String fromSyllables(List<String> syllables) {
		var out = new StringBuilder();
		int i = 0;
		while (i < syllables.size()) {
			Candidate found = null;
			int length = Math.min(MAX_SYLLABLES, syllables.size() - i);
			for (; length >= 1 && found == null; length--) {
				found = byPinyin.get(String.join("", syllables.subList(i, i + length)) + "|" + length);
			}
			if (found == null) {
				i++;
				continue;
			}
			out.append(found.word());
			i += length + 1;
		}
		return out.toString();
	}

	/** Initials (sfz bl): the longest run of letters that are a known word's initials, at least two letters. */
	private String fromInitials(String letters) {
		var out = new StringBuilder();
		int i = 0;
		while (i < letters.length()) {
			Candidate found = null;
			int length = Math.min(MAX_SYLLABLES, letters.length() - i);
			for (; length >= 2 && found == null; length--) {
				found = byInitials.get(letters.substring(i, i + length));
			}
			if (found == null) {
				i++;
				continue;
			}
			out.append(found.word());
			i += length + 1;
		}
		return out.toString();
	}
}
