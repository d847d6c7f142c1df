package org.onewindow.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Thrown when a value object rejects its input.
 * <p>
 * {@link #code()} is stable and meant for machines (API clients, tests, the problem
 * details of the HTTP edge); {@link #getMessage()} is a Chinese sentence a citizen can
 * act on, read from the {@code i18n/shared} resource bundle with the code as key and
 * formatted with {@link #args()} (numbers without grouping separators: positions and
 * lengths, not amounts).
 */
public class InvalidValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private static final String BUNDLE = "i18n.shared";

	private final String code;

	private final Object[] args;

	public InvalidValueException(String code, Object... args) {
		super(messageFor(Objects.requireNonNull(code, "code"), args));
		this.code = code;
		this.args = args.clone();
	}

	/** The stable code, for example {@code shared.id-number.check-digit}. */
	public String code() {
		return code;
	}

	/** The arguments of the message, in placeholder order. */
	public Object[] args() {
		return args.clone();
	}

	private static String messageFor(String code, Object[] args) {
		try {
			var pattern = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(code);
			var plainArgs = Arrays.stream(args).map(arg -> arg instanceof Number ? arg.toString() : arg).toArray();
			return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(plainArgs);
		}
		catch (MissingResourceException ex) {
			return code + " " + Arrays.toString(args);
		}
	}

}
