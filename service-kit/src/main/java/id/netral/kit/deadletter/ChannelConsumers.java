package id.netral.kit.deadletter;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Hands a record to the method that consumes a channel ({@code @Incoming}), the way the connector would: a replayed
 * record takes the same path as a live one, so the service needs no code for replays.
 */
@ApplicationScoped
public class ChannelConsumers {

    /** Delivers the record on this thread; what the consumer throws is thrown here. */
    public void deliver(String channel, ConsumerRecord<String, String> record) {
        Consumer consumer = find(channel).orElseThrow(() -> new IllegalStateException(
                "no method takes a ConsumerRecord from channel " + channel));
        try {
            consumer.method().invoke(Arc.container().instance(consumer.bean()).get(), record);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call the consumer of channel " + channel, e);
        }
    }

    private record Consumer(Class<?> bean, Method method) {
    }

    private static Optional<Consumer> find(String channel) {
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class,
                jakarta.enterprise.inject.Any.Literal.INSTANCE).stream()
                .filter(InjectableBean.class::isInstance).map(InjectableBean.class::cast).toList()) {
            Optional<Method> method = Arrays.stream(bean.getBeanClass().getMethods())
                    .filter(m -> m.isAnnotationPresent(Incoming.class)
                            && Arrays.stream(m.getAnnotationsByType(Incoming.class))
                            .anyMatch(incoming -> incoming.value().equals(channel)))
                    .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == ConsumerRecord.class)
                    .findFirst();
            if (method.isPresent()) {
                return Optional.of(new Consumer(bean.getBeanClass(), method.get()));
            }
        }
        return Optional.empty();
    }
}
