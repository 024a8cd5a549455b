package id.netral.kit.problem;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no NUL or other control character, which PostgreSQL refuses to store, a spreadsheet or a log
 * may act on, and nobody types on purpose. Long prose ({@code lineBreaks = true}) may keep its line breaks and tabs.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    String SINGLE_LINE = "must not contain control characters (such as NUL or line breaks)";
    String PROSE = "must not contain control characters other than line breaks and tabs";

    /** Whether line breaks and tabs are allowed, as in a description. */
    boolean lineBreaks() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {
        private boolean lineBreaks;

        @Override
        public void initialize(PlainText annotation) {
            lineBreaks = annotation.lineBreaks();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (isPlain(value, lineBreaks)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(lineBreaks ? PROSE : SINGLE_LINE).addConstraintViolation();
            return false;
        }

        /** For text that is no request field (headers, query parameters, path segments); null is plain. */
        public static boolean isPlain(String value, boolean lineBreaks) {
            return value == null || value.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL
                    && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t')));
        }
    }
}
