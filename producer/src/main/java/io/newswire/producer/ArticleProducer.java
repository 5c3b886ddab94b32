package io.newswire.producer;

import io.newswire.config.ClientProperties;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes article files as {@link RawArticle} events to {@value Topics#RAW_ARTICLES}, keyed by
 * the article id, so that every version of an article lands on the same partition in order.
 * A file that cannot become an article goes to {@value Topics#DEAD_LETTERS} instead, keyed by the
 * same id, with the file's bytes as read and the reason in {@link DeadLetterHeaders}.
 */
public final class ArticleProducer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProducer.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final Producer<byte[], byte[]> deadLetterProducer;
    private final String deadLetterTopic;
    private final RawArticleMapper mapper;

    public ArticleProducer(Producer<String, RawArticle> producer, String topic,
            Producer<byte[], byte[]> deadLetterProducer, String deadLetterTopic, RawArticleMapper mapper) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.deadLetterProducer = Objects.requireNonNull(deadLetterProducer, "deadLetterProducer");
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A producer on a real cluster. {@code config} holds Kafka producer properties (as loaded by
     * {@link ClientProperties#load}) plus {@value ClientProperties#SCHEMA_REGISTRY_URL} and
     * optionally {@code apicurio.registry.*} serde overrides.
     */
    public static ArticleProducer create(Properties config, PublishOptions options) {
        Properties props = withDefaults(config);
        Topics topics = new Topics(ApicurioAvroSerdes.fromProperties(props));
        Topic<String, RawArticle> raw = topics.rawArticles();
        Topic<byte[], byte[]> deadLetters = topics.deadLetters();
        // The serde has the registry settings; the producer would only warn that it does not know them.
        props.keySet().removeIf(name -> ApicurioAvroSerdes.isSerdeProperty(name.toString()));
        KafkaProducer<String, RawArticle> producer = kafkaProducer(props, raw);
        try {
            return new ArticleProducer(producer, raw.name(), kafkaProducer(deadLetterConfig(props), deadLetters),
                    deadLetters.name(), new RawArticleMapper(options, Clock.systemUTC()));
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
    }

    private static <K, V> KafkaProducer<K, V> kafkaProducer(Properties props, Topic<K, V> topic) {
        return new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
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

    /** The article producer's settings, under a client id of its own so that metrics and quotas tell them apart. */
    static Properties deadLetterConfig(Properties articleConfig) {
        Properties props = new Properties();
        props.putAll(articleConfig);
        props.setProperty(ProducerConfig.CLIENT_ID_CONFIG,
                articleConfig.getProperty(ProducerConfig.CLIENT_ID_CONFIG) + "-dead-letters");
        return props;
    }

    /** Publishes every {@code *.txt} file of {@code folder}, in file-name order. */
    public PublishSummary publishFolder(Path folder) {
        return publish(articleFiles(folder));
    }

    /**
     * Publishes {@code files} in the given order and waits until the broker has acknowledged
     * each one. A file that is not a valid article is dead-lettered instead; sends the broker
     * refused are reported in the summary as skipped.
     */
    public PublishSummary publish(Collection<Path> files) {
        List<PublishSummary.Skipped> skipped = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (Path file : files) {
            try {
                pending.add(send(file));
            } catch (KafkaException e) {
                LOG.error("Could not send {}", file, e);
                skipped.add(new PublishSummary.Skipped(file, "not sent: " + e));
            }
        }
        List<PublishSummary.Published> published = new ArrayList<>();
        List<PublishSummary.DeadLettered> deadLettered = new ArrayList<>();
        for (Pending p : pending) {
            try {
                RecordMetadata meta = p.ack().get();
                if (p.invalid() == null) {
                    published.add(new PublishSummary.Published(p.file(), p.article().getArticleId(),
                            p.article().getContentHash(), meta.partition(), meta.offset()));
                } else {
                    LOG.warn("Dead-lettered {} to {}: {} ({})", p.file(), deadLetterTopic,
                            p.invalid().reason(), p.invalid().getMessage());
                    deadLettered.add(new PublishSummary.DeadLettered(p.file(), RawArticleMapper.articleId(p.file()),
                            p.invalid().reason(), p.invalid().getMessage(), meta.partition(), meta.offset()));
                }
            } catch (ExecutionException e) {
                LOG.error("Broker did not acknowledge {}", p.file(), e.getCause());
                skipped.add(new PublishSummary.Skipped(p.file(), "not acknowledged: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                skipped.add(new PublishSummary.Skipped(p.file(), "interrupted before acknowledgement"));
            }
        }
        return new PublishSummary(published, deadLettered, skipped);
    }

    /** Sends the article of {@code file}, or the file itself to the dead letters if it is not one. */
    private Pending send(Path file) {
        byte[] bytes = null;
        try {
            bytes = RawArticleMapper.read(file);
            RawArticle article = mapper.map(file, bytes);
            return new Pending(file, article, null,
                    producer.send(new ProducerRecord<>(topic, article.getArticleId(), article)));
        } catch (InvalidArticleException e) {
            return new Pending(file, null, e, deadLetterProducer.send(deadLetter(file, bytes, e)));
        }
    }

    /** Key and value as the file gave them (no value when it could not be read), the reason in headers. */
    private ProducerRecord<byte[], byte[]> deadLetter(Path file, byte[] bytes, InvalidArticleException invalid) {
        Headers headers = DeadLetterHeaders.addReason(new RecordHeaders(), invalid.reason(), invalid.getMessage())
                .add(DeadLetterHeaders.SOURCE_FILE, utf8(file.toAbsolutePath().normalize().toString()));
        return new ProducerRecord<>(deadLetterTopic, null, utf8(RawArticleMapper.articleId(file)), bytes, headers);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
        try {
            producer.close(CLOSE_TIMEOUT);
        } finally {
            deadLetterProducer.close(CLOSE_TIMEOUT);
        }
    }

    /** A send awaiting its acknowledgement: of the {@code article}, or the dead letter of an {@code invalid} file. */
    private record Pending(Path file, RawArticle article, InvalidArticleException invalid, Future<RecordMetadata> ack) {
    }
}
