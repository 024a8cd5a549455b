package id.netral.kit.recap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

/** Counts the records of an entity under a condition, grouped by one expression, most first. */
public final class Recaps {
    private Recaps() {
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
