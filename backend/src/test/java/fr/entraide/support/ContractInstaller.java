package fr.entraide.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

/** Puts {@link ContractFilter} on every {@code @QuarkusTest} (registered in META-INF/services). */
public class ContractInstaller implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        ContractFilter.install();
    }
}
