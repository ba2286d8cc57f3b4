package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.store.FrontlineStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first start on an empty data directory: the seeds are stored before the web server takes a request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedIngestionStartupTest {
    static final AtomicInteger ARTICLES_WHEN_THE_PORT_OPENED = new AtomicInteger(-1);

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws IOException {
        Path data = Files.createTempDirectory("frontline-startup-test");
        r.add("frontline.data-dir", data::toString);
    }

    @TestConfiguration
    static class PortWatcher {
        @Bean
        ApplicationListener<WebServerInitializedEvent> countArticlesWhenThePortOpens() {
            return e -> ARTICLES_WHEN_THE_PORT_OPENED.set(
                    e.getApplicationContext().getBean(FrontlineStore.class).count("article"));
        }
    }

    @Autowired
    FrontlineStore store;

    @Test
    void storesTheSeedsBeforeTheServerTakesRequests() {
        assertThat(ARTICLES_WHEN_THE_PORT_OPENED.get()).isEqualTo(3).isEqualTo(store.count("article"));
    }
}
