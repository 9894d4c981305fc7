package dev.byline.cli;

import dev.byline.config.Storage;
import dev.byline.index.solr.LocalCloud;
import dev.byline.index.solr.SolrCollection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code byline solr init | local}: set up Byline's collection on a SolrCloud, or run a real SolrCloud on this machine. */
@Command(name = "solr", mixinStandardHelpOptions = true, description = "Run Byline on SolrCloud: set up its collection, or start a local cluster to try it.",
        subcommands = {SolrCommand.Init.class, SolrCommand.Local.class})
public final class SolrCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** {@code byline solr init [--shards N] [--replicas R]}: uploads the configset and creates the collection; safe to repeat. */
    @Command(name = "init", mixinStandardHelpOptions = true, description = "Upload Byline's configset and create its collection (safe to run again).")
    static final class Init implements Callable<Integer> {

        @Option(names = "--solr", paramLabel = "URLS", description = "Solr node URLs, comma-separated (default: $BYLINE_SOLR).") String solr;
        @Option(names = "--shards", defaultValue = "2", description = "Shards of a new collection (default 2).") int shards;
        @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each shard (default 2).") int replicas;

        @Override
        public Integer call() {
            if (!(Storage.resolve(Path.of("."), solr, System.getenv()) instanceof Storage.Solr cluster)) {
                System.err.println("byline: name the cluster with --solr URLS or BYLINE_SOLR=http://host:8983/solr,...");
                return 2;
            }
            try (SolrCollection collection = SolrCollection.connect(cluster.address(), cluster.collection())) {
                for (String step : collection.init(shards, replicas)) System.out.println(step);
                System.out.println("Ready: BYLINE_SOLR=" + cluster.address() + " ./byline ingest corpus/   (then serve or ask the same way)");
            }
            return 0;
        }
    }

    /** Commands typed while the cluster runs: stop and restart a node or ZooKeeper, to watch Byline ride it out. */
    static void obey(LocalCloud cloud) {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String line; (line = in.readLine()) != null; ) {
                String[] words = line.strip().split("\\s+");
                try {
                    switch (words[0]) {
                        case "stop" -> cloud.stopNode(Integer.parseInt(words[1]));
                        case "start" -> cloud.startNode(Integer.parseInt(words[1]));
                        case "zk-stop" -> cloud.stopZooKeeper();
                        case "zk-start" -> cloud.startZooKeeper();
                        case "" -> { continue; }
                        default -> {
                            System.out.println("commands: stop N | start N | zk-stop | zk-start");
                            continue;
                        }
                    }
                    System.out.println("done: " + line.strip());
                } catch (RuntimeException e) {
                    System.out.println("could not " + line.strip() + ": " + e.getMessage());
                }
            }
        } catch (java.io.IOException e) {
            // no console: the cluster just runs
        }
    }

    /** {@code byline solr local --nodes 3}: a real SolrCloud on loopback until Ctrl-C, with Byline's collection ready. */
    @Command(name = "local", mixinStandardHelpOptions = true,
            description = "Start a real SolrCloud on this machine (Solr 9 nodes and ZooKeeper) with Byline's collection; Ctrl-C stops it.")
    static final class Local implements Callable<Integer> {

        @Option(names = "--nodes", defaultValue = "3", description = "Solr nodes (default 3).") int nodes;
        @Option(names = "--port-base", defaultValue = "0", paramLabel = "P", description = "ZooKeeper on P, nodes on P+1.. (default: free ports).") int portBase;
        @Option(names = "--dir", defaultValue = "data/solr-local", paramLabel = "DIR", description = "Where the cluster keeps its data, emptied at each start (default: data/solr-local).") Path dir;

        @Override
        public Integer call() throws InterruptedException {
            if (nodes < 1 || nodes > 9) {
                System.err.println("byline: --nodes must be 1 to 9");
                return 2;
            }
            System.out.printf("Starting a SolrCloud of %d node%s in %s ...%n", nodes, nodes == 1 ? "" : "s", dir);
            long t0 = System.nanoTime();
            LocalCloud cloud = LocalCloud.start(nodes, dir, portBase);
            System.out.printf("Up in %.1f s: ZooKeeper at %s, nodes at %s%n", (System.nanoTime() - t0) / 1e9, cloud.zooKeeper(), cloud.address());
            int shards = Math.min(2, nodes), replicas = Math.min(2, nodes);
            try (SolrCollection collection = SolrCollection.connect(cloud.address(), Storage.DEFAULT_COLLECTION)) {
                for (String step : collection.init(shards, replicas)) System.out.println(step);
            }
            System.out.println();
            System.out.println("Use it with:  export BYLINE_SOLR=" + cloud.address());
            System.out.println("then:         ./byline ingest corpus/  and  ./byline serve      (Ctrl-C here stops the cluster)");
            System.out.println("To see it ride out a failure, type here: stop N | start N (node N of " + nodes + ") | zk-stop | zk-start");
            Thread console = new Thread(() -> obey(cloud), "solr-local-console");
            console.setDaemon(true);
            console.start();
            return cloud.waitFor(System.out);
        }
    }
}
