package id.netral.kit.logging;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Starts background work (the outbox relay, a delivery runner) from a request or a consumed event on a Vert.x context of
 * its own. Quarkus's ManagedExecutor would run it on the caller's duplicated context, where the MDC lives: the
 * background work naming the cases it handles would then rename the request's lines, and the request clearing its case
 * at the end would unname the background's.
 */
@ApplicationScoped
public class DetachedWork {
    private static final Logger LOG = Logger.getLogger(DetachedWork.class);

    @Inject
    Vertx vertx;

    public void start(Runnable work) {
        Context own = VertxContext.createNewDuplicatedContext(VertxContext.getRootContext(vertx.getOrCreateContext()));
        own.executeBlocking(() -> {
            work.run();
            return null;
        }, false).onFailure(failure -> LOG.errorf(failure, "Background work failed"));
    }
}
