package org.onewindow.site.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.site.DayKind;

/**
 * The official holiday schedules shipped with OneWindow ({@code site/official-holidays.csv}): loaded into the
 * database for every year not yet there, after which administrators may edit them.
 */
public final class OfficialHolidays {

	private static final String RESOURCE = "/site/official-holidays.csv";

	private OfficialHolidays() {
	}

	public static List<Day> load() {
		var stream = OfficialHolidays.class.getResourceAsStream(RESOURCE);
		if (stream == null) {
			throw new IllegalStateException("missing " + RESOURCE);
		}
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			var days = new ArrayList<Day>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(",", 4);
				days.add(new Day(LocalDate.parse(fields[0]), DayKind.valueOf(fields[1]), fields[2], fields[3]));
			}
			return days;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public record Day(LocalDate date, DayKind kind, String name, String source) {
	}
}
