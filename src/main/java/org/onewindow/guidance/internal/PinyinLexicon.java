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
	/** Every word and bigram the lexicon knows, as written. */
	private final java.util.Set<String> known = new java.util.HashSet<>();

	private record Candidate(String word, double weight) {
	}

	PinyinLexicon(Map<String, Integer> wordFrequencies, List<Synonym> synonyms) {
		wordFrequencies.forEach((word, frequency) -> add(word, frequency));
		for (Synonym synonym : synonyms) {
			double weight = "ACTION".equals(synonym.kind()) ? 1e7 : 20;
			double aliasWeight = "ACTION".equals(synonym.kind()) ? 100 : 10;
			add(synonym.term(), weight);
			synonym.aliases().forEach(alias -> add(alias, aliasWeight));
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
		known.add(normalized);
		var candidate = new Candidate(normalized, weight);
		byPinyin.merge(String.join("", syllables) + "|" + syllables.size(), candidate, PinyinLexicon::better);
		if (syllables.size() >= 2) {
			byInitials.merge(TextAnalyzer.initials(syllables), candidate, PinyinLexicon::better);
		}
	}

	private static Candidate better(Candidate a, Candidate b) {
		return b.weight() > a.weight() ? b : a;
	}

	/**
	 * Words of the catalog that a miswritten part of the text sounds like (营业职照 → 执照, 离昏 → 离婚, 公积今 → 公积金):
	 * each run of two to four characters that is no known word but sounds exactly like one.
	 */
	List<String> soundAlikes(String normalized) {
		var found = new java.util.ArrayList<String>();
		for (String run : normalized.split("[^\\p{IsHan}]+")) {
			if (run.length() < 2) {
				continue;
			}
			List<String> syllables = TextAnalyzer.syllables(run);
			if (syllables.size() != run.length()) {
				continue;
			}
			for (int length = 4; length >= 2; length--) {
				for (int from = 0; from + length <= run.length(); from++) {
					String written = run.substring(from, from + length);
					if (known.contains(written)) {
						continue;
					}
					Candidate candidate = byPinyin.get(String.join("", syllables.subList(from, from + length)) + "|" + length);
					if (candidate != null && candidate.weight() >= MIN_SOUND_ALIKE && !found.contains(candidate.word())) {
						found.add(candidate.word());
					}
				}
			}
		}
		return found;
	}

	/** How often a word must occur to be taken for a miswritten one (rare words sound like too many things). */
	static final double MIN_SOUND_ALIKE = 3;

	/** The catalog words the typed letters most likely stand for, or an empty string. */
	String transliterate(String letters) {
		List<String> syllables = TextAnalyzer.splitPinyin(letters);
		if (!syllables.isEmpty()) {
			return segment(syllables.size(), 1,
					(from, length) -> byPinyin.get(String.join("", syllables.subList(from, from + length)) + "|" + length));
		}
		return segment(letters.length(), 2, (from, length) -> byInitials.get(letters.substring(from, from + length)));
	}

	private interface Lookup {

		Candidate find(int from, int length);

	}

	/**
	 * The best cut of the typed units (syllables, or initials) into known words: longer words first (a word of n units
	 * scores n²), a unit left over costs one, and among equal cuts the more frequent words win.
	 */
	private static String segment(int units, int shortest, Lookup lookup) {
		double[] best = new double[units + 1];
		Candidate[] word = new Candidate[units + 1];
		int[] previous = new int[units + 1];
		for (int end = 1; end <= units; end++) {
			best[end] = best[end - 1] - 1;
			previous[end] = end - 1;
			word[end] = null;
			for (int length = shortest; length <= Math.min(MAX_SYLLABLES, end); length++) {
				Candidate candidate = lookup.find(end - length, length);
				if (candidate == null) {
					continue;
				}
				double score = best[end - length] + length * length + 0.01 * Math.log1p(candidate.weight());
				if (score > best[end]) {
					best[end] = score;
					previous[end] = end - length;
					word[end] = candidate;
				}
			}
		}
		var words = new java.util.ArrayDeque<String>();
		for (int end = units; end > 0; end = previous[end]) {
			if (word[end] != null) {
				words.push(word[end].word());
			}
		}
		return String.join("", words);
	}
}
