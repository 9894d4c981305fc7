package dev.byline.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Byline keeps its index: the embedded Lucene index in a folder (the default), or a collection on a SolrCloud
 * when {@code --solr} or {@code BYLINE_SOLR} names its nodes (comma-separated URLs such as {@code http://host:8983/solr});
 * {@code BYLINE_SOLR_COLLECTION} names the collection (default {@code byline}).
 */
public sealed interface Storage {

    String DEFAULT_COLLECTION = "byline";

    /** The embedded index in {@code index}. */
    record Embedded(Path index) implements Storage {}

    /** The collection {@code collection} of the SolrCloud at {@code address}. */
    record Solr(String address, String collection) implements Storage {
        public Solr {
            if (address == null || address.isBlank()) throw new Settings.InvalidSettingException("BYLINE_SOLR is empty");
            for (String part : address.split(",")) {
                String url = part.strip().toLowerCase(java.util.Locale.ROOT);
                if (!url.isEmpty() && !url.startsWith("http://") && !url.startsWith("https://")) {
                    throw new Settings.InvalidSettingException("BYLINE_SOLR must list Solr node URLs such as http://host:8983/solr (comma-separated), got '"
                            + part.strip() + "'; Byline reads the cluster's state from its nodes over HTTP, not from ZooKeeper");
                }
            }
            if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new Settings.InvalidSettingException("BYLINE_SOLR_COLLECTION must be letters, digits, '.', '_' or '-', got '" + collection + "'");
            }
        }
    }

    /** The flag, else BYLINE_SOLR, else the embedded index at {@code index}. */
    static Storage resolve(Path index, String solrFlag, Map<String, String> env) {
        String solr = solrFlag != null && !solrFlag.isBlank() ? solrFlag : env.get("BYLINE_SOLR");
        if (solr == null || solr.isBlank()) return new Embedded(index);
        String collection = env.getOrDefault("BYLINE_SOLR_COLLECTION", DEFAULT_COLLECTION);
        return new Solr(solr.strip(), collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip());
    }

    /** Where it is, for messages. */
    default String describe() {
        return switch (this) {
            case Embedded e -> e.index().toString();
            case Solr s -> "SolrCloud collection " + s.collection() + " at " + s.address();
        };
    }
}
