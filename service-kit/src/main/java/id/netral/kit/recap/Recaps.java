package id.netral.kit.recap;

import id.netral.kit.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts the records of an entity under a condition, grouped by one expression, most first. */
public final class Recaps {
    private Recaps() {
    }

    /**
     * The dimension a request names in {@code ?by=}: the constant's name in camel case (VIOLATION_KIND is
     * violationKind), case ignored.
     *
     * @throws ProblemException a 400 naming the field and the choices when it is missing or unknown
     */
    public static <E extends Enum<E>> E by(Class<E> dimensions, String requested) {
        E[] choices = dimensions.getEnumConstants();
        return Arrays.stream(choices)
                .filter(choice -> choice.name().replace("_", "").equalsIgnoreCase(String.valueOf(requested)))
                .findFirst().orElseThrow(() -> ProblemException.invalid("by", "must be one of "
                        + Arrays.stream(choices).map(Recaps::camelCase).collect(Collectors.joining(", "))));
    }

    private static String camelCase(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /**
     * @param entity     the entity name in HQL
     * @param expression what to group by, from the service's own allowlist (never from a request)
     * @param condition  the HQL condition with named parameters, "1 = 1" for none
     */
    public static List<RecapRow> count(EntityManager entityManager, String entity, String expression,
                                       String condition, Map<String, Object> parameters) {
        TypedQuery<Object[]> grouped = entityManager.createQuery("select " + expression + ", count(*) from " + entity
                + " where " + condition + " group by " + expression + " order by count(*) desc, " + expression,
                Object[].class);
        parameters.forEach(grouped::setParameter);
        return grouped.getResultList().stream().map(row -> new RecapRow(String.valueOf(row[0]), (Long) row[1]))
                .toList();
    }
}
