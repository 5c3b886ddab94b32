package io.newswire.producer;

import io.newswire.config.ClientProperties;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes article files as {@link RawArticle} events to {@value Topics#RAW_ARTICLES}, keyed by
 * the article id, so that every version of an article lands on the same partition in order.
 */
public final class ArticleProducer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProducer.class);

    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final RawArticleMapper mapper;

    public ArticleProducer(Producer<String, RawArticle> producer, String topic, RawArticleMapper mapper) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A producer on a real cluster. {@code config} holds Kafka producer properties (as loaded by
     * {@link ClientProperties#load}) plus {@value ClientProperties#SCHEMA_REGISTRY_URL} and
     * optionally {@code apicurio.registry.*} serde overrides.
     */
    public static ArticleProducer create(Properties config, PublishOptions options) {
        Properties props = withDefaults(config);
        Topic<String, RawArticle> raw = new Topics(ApicurioAvroSerdes.fromProperties(props)).rawArticles();
        // The serde has the registry settings; the producer would only warn that it does not know them.
        props.keySet().removeIf(name -> ApicurioAvroSerdes.isSerdeProperty(name.toString()));
        KafkaProducer<String, RawArticle> producer =
                new KafkaProducer<>(props, raw.keySerde().serializer(), raw.valueSerde().serializer());
        return new ArticleProducer(producer, raw.name(), new RawArticleMapper(options, Clock.systemUTC()));
    }

    /** The given properties with this producer's defaults added where they are not set. */
    static Properties withDefaults(Properties config) {
        Properties props = new Properties();
        props.putAll(config);
        // Idempotence with acks=all: a retried send never duplicates or reorders an article.
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-producer");
        return props;
    }

    /** Publishes every {@code *.txt} file of {@code folder}, in file-name order. */
    public PublishSummary publishFolder(Path folder) {
        return publish(articleFiles(folder));
    }

    /**
     * Publishes {@code files} in the given order and waits until the broker has acknowledged
     * each one. Files that are not valid articles, and sends the broker refused, are reported in
     * the summary instead.
     */
    public PublishSummary publish(Collection<Path> files) {
        List<PublishSummary.Skipped> skipped = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (Path file : files) {
            try {
                RawArticle article = mapper.map(file);
                pending.add(new Pending(file, article,
                        producer.send(new ProducerRecord<>(topic, article.getArticleId(), article))));
            } catch (InvalidArticleException e) {
                LOG.warn("Skipping {}: {}", file, e.getMessage());
                skipped.add(new PublishSummary.Skipped(file, e.getMessage()));
            } catch (KafkaException e) {
                LOG.error("Could not send {}", file, e);
                skipped.add(new PublishSummary.Skipped(file, "not sent: " + e));
            }
        }
        List<PublishSummary.Published> published = new ArrayList<>();
        for (Pending p : pending) {
            try {
                RecordMetadata meta = p.ack().get();
                published.add(new PublishSummary.Published(p.file(), p.article().getArticleId(),
                        p.article().getContentHash(), meta.partition(), meta.offset()));
            } catch (ExecutionException e) {
                LOG.error("Broker did not acknowledge {}", p.file(), e.getCause());
                skipped.add(new PublishSummary.Skipped(p.file(), "not acknowledged: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                skipped.add(new PublishSummary.Skipped(p.file(), "interrupted before acknowledgement"));
            }
        }
        return new PublishSummary(published, skipped);
    }

    /**
     * Watches {@code folder} and publishes each {@code *.txt} file that appears or changes in it
     * until the returned watcher is closed. Files already there are not published.
     */
    public DropFolderWatcher watch(Path folder, Consumer<PublishSummary> onPublished) {
        return DropFolderWatcher.start(folder, this::publish, onPublished, DropFolderWatcher.DEFAULT_QUIET_PERIOD);
    }

    static List<Path> articleFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(DropFolderWatcher::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list article folder " + folder, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }

    private record Pending(Path file, RawArticle article, Future<RecordMetadata> ack) {
    }
}
