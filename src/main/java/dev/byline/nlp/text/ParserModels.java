package dev.byline.nlp.text;

import edu.emory.clir.clearnlp.classification.model.StringModel;
import edu.emory.clir.clearnlp.component.AbstractComponent;
import edu.emory.clir.clearnlp.component.AbstractStatisticalComponent;
import edu.emory.clir.clearnlp.component.mode.dep.DEPConfiguration;
import edu.emory.clir.clearnlp.component.mode.dep.DEPFeatureExtractor;
import edu.emory.clir.clearnlp.component.mode.dep.EnglishDEPParser;
import edu.emory.clir.clearnlp.component.mode.pos.EnglishPOSTagger;
import edu.emory.clir.clearnlp.component.mode.pos.POSFeatureExtractor;
import edu.emory.clir.clearnlp.component.utils.CFlag;
import edu.emory.clir.clearnlp.component.utils.NLPUtils;
import edu.emory.clir.clearnlp.util.lang.TLanguage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tukaani.xz.XZInputStream;

/**
 * ClearNLP's part-of-speech and dependency models in the sparse form Byline parses with. The build converts the
 * published models once ({@link #main}, bound to Maven's process-classes phase): loading the dense dependency model
 * takes seconds and about 3 GB of heap, its sparse form a fraction of a second and about 80 MB.
 */
public final class ParserModels {

    static final String TAGGER = "clearnlp/general-en-pos.sparse.gz";
    static final String PARSER = "clearnlp/general-en-dep.sparse.gz";
    private static final int VERSION = 3;

    private ParserModels() {}

    /** The part-of-speech tagger, from its sparse form on the classpath. */
    static AbstractComponent tagger() {
        return read(TAGGER, in -> new EnglishPOSTagger((POSFeatureExtractor[]) in.readObject(), in.readObject(), models(in), false));
    }

    /** The dependency parser, from its sparse form on the classpath. */
    static AbstractComponent parser() {
        return read(PARSER, in -> new EnglishDEPParser(new DEPConfiguration("root"), (DEPFeatureExtractor[]) in.readObject(),
                in.readObject(), models(in), false));
    }

    private interface Component {
        AbstractStatisticalComponent<?, ?, ?, ?, ?> from(ObjectInputStream in) throws IOException, ClassNotFoundException;
    }

    // A component from its feature extractors, lexicons and sparse models, set to decode (not to evaluate).
    private static AbstractComponent read(String name, Component component) {
        try (ObjectInputStream in = open(name)) {
            AbstractStatisticalComponent<?, ?, ?, ?, ?> read = component.from(in);
            read.setFlag(CFlag.DECODE);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException(name + " was written by another version; rebuild Byline", e);
        }
    }

    private static ObjectInputStream open(String name) throws IOException {
        InputStream resource = ParserModels.class.getClassLoader().getResourceAsStream(name);
        if (resource == null) {
            throw new IllegalStateException(name + " is missing from the classpath; the build writes it (./mvnw package)");
        }
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(resource, 1 << 16), 1 << 16));
        int version = in.readInt();
        if (version != VERSION) throw new IOException(name + " has format " + version + ", this build reads " + VERSION);
        return in;
    }

    private static StringModel[] models(ObjectInputStream in) throws IOException, ClassNotFoundException {
        StringModel[] models = new StringModel[in.readInt()];
        for (int i = 0; i < models.length; i++) models[i] = SparseModel.read(in);
        return models;
    }

    /**
     * Converts the published models into {@code <classes>/clearnlp/}: {@code ParserModels <classes folder>}. A model
     * already converted in this format is left alone, so a rebuild costs nothing.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: ParserModels <classes folder>");
        Path classes = Path.of(args[0]);
        convert(classes.resolve(TAGGER), "general-en-pos.xz", in -> NLPUtils.getPOSTagger(TLanguage.ENGLISH, in));
        convert(classes.resolve(PARSER), "general-en-dep.xz", in -> NLPUtils.getDEPParser(TLanguage.ENGLISH, in, new DEPConfiguration("root")));
    }

    private static boolean current(Path target) {
        if (!Files.exists(target)) return false;
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(Files.newInputStream(target)))) {
            return in.readInt() == VERSION;
        } catch (IOException e) {
            return false;
        }
    }

    private interface Loader {
        AbstractComponent load(ObjectInputStream in) throws Exception;
    }

    private static void convert(Path target, String published, Loader loader) throws Exception {
        if (current(target)) return;
        long start = System.nanoTime();
        AbstractStatisticalComponent<?, ?, ?, ?, ?> dense;
        InputStream resource = ParserModels.class.getClassLoader().getResourceAsStream(published);
        if (resource == null) throw new IllegalStateException("ClearNLP model missing from the classpath: " + published);
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new XZInputStream(new BufferedInputStream(resource, 1 << 16)), 1 << 16))) {
            dense = (AbstractStatisticalComponent<?, ?, ?, ?, ?>) loader.load(in);
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int features = 0, weights = 0;
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16), 1 << 16))) {
            out.writeInt(VERSION);
            out.writeObject(dense.getFeatureExtractors());
            out.writeObject(dense.getLexicons());
            StringModel[] models = dense.getModels();
            out.writeInt(models.length);
            for (StringModel model : models) {
                SparseModel sparse = SparseModel.of(model);
                sparse.write(out);
                features += sparse.featureCount();
                weights += sparse.weightCount();
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("ClearNLP %s -> %s: %,d features, %,d non-zero weights, %,d bytes, %.1f s%n",
                published, target.getFileName(), features, weights, Files.size(target), (System.nanoTime() - start) / 1e9);
    }
}
