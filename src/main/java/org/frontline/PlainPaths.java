package org.frontline;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds {@code Path} options ({@code --frontline.gazetteer-dir=...} and friends) as plain file-system paths. Without
 * it Spring converts them with its {@code PathEditor}, which first tries a relative path as a resource of the
 * application context: in a context with a real web server that found the test fixtures' classpath folder
 * {@code gazetteer/} before {@code ./gazetteer}, so the service started with an empty gazetteer (0 places) and
 * stored the seeds without mentions or claims.
 */
@Component
@ConfigurationPropertiesBinding
class PlainPaths implements Converter<String, Path> {
    @Override
    public Path convert(String source) {
        return Path.of(source.trim());
    }
}
