package dev.byline.nlp.text;

import edu.emory.clir.clearnlp.classification.map.FeatureMap;
import edu.emory.clir.clearnlp.classification.map.LabelMap;
import edu.emory.clir.clearnlp.classification.model.AbstractModel;
import edu.emory.clir.clearnlp.classification.model.StringModel;
import edu.emory.clir.clearnlp.classification.vector.AbstractWeightVector;
import edu.emory.clir.clearnlp.classification.vector.StringFeatureVector;
import edu.emory.clir.clearnlp.collection.map.ObjectIntHashMap;
import edu.emory.clir.clearnlp.collection.pair.ObjectIntPair;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.List;

/**
 * One of ClearNLP's classifiers with only its non-zero weights. ClearNLP keeps a dense matrix of features by labels
 * (the dependency model: 1.47 million features by 112 labels, 659 MB of floats, 94% of them zero) and hash maps of
 * feature strings; this keeps, per feature, the labels whose weight is not zero and finds a feature by a 64-bit hash
 * of its type and string, so the dependency model takes about 80 MB and reads in a fraction of a second.
 *
 * <p>Scores are the doubles ClearNLP computes: the bias, then each feature's weights in the vector's order (the zeros
 * ClearNLP also adds change no sum), so parses are identical. The one departure: an unknown feature whose hash equals
 * a known one's would be scored as that one; with 64-bit hashes and 1.3 million features that is about one chance in
 * 10^13 per feature looked up.
 */
final class SparseModel extends StringModel {

    private final double[] bias;
    // Open addressing with linear probing over pairs: table[2s] is a key (0 marks an empty slot), table[2s + 1] the
    // feature's first int in data (shifted left 10 bits), DENSE, and its count of non-zero weights (the low 9 bits).
    // A sparse feature's ints are its labels packed four to an int, then its weights' bits; a feature with weights
    // for most labels keeps a plain row of every label's weight bits, added without looking labels up. One cache line
    // for the key and one run of memory for the weights: scoring is bound by memory, not arithmetic.
    private final long[] table;
    private final int[] data;
    private static final long DENSE = 1 << 9;

    private SparseModel(LabelMap labelMap, double[] bias, long[] table, int[] data) {
        super(false);
        this.m_labels = labelMap;
        this.bias = bias;
        this.table = table;
        this.data = data;
    }

    /** The key of feature (type, value): FNV-1a over the type and the string's chars, then MurmurHash3's finaliser. */
    static long key(int type, String value) {
        long h = (0xcbf29ce484222325L ^ type) * 0x100000001b3L;
        for (int i = 0; i < value.length(); i++) h = (h ^ value.charAt(i)) * 0x100000001b3L;
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    // The feature's (first entry << 9 | count), or -1 when the model does not know it.
    private long feature(int type, String value) {
        long k = key(type, value);
        int mask = (table.length >> 1) - 1;
        for (int i = (int) k & mask; ; i = (i + 1) & mask) {
            long at = table[i << 1];
            if (at == k) return table[(i << 1) + 1];
            if (at == 0) return -1;
        }
    }

    @Override
    public double[] getScores(StringFeatureVector x) {
        return scores(x, null);
    }

    @Override
    public double[] getScores(StringFeatureVector x, int[] include) {
        boolean[] wanted = new boolean[bias.length];
        for (int label : include) wanted[label] = true;
        return scores(x, wanted);
    }

    // The bias plus each known feature's weights, for every label or only the wanted ones (null: all).
    private double[] scores(StringFeatureVector x, boolean[] wanted) {
        double[] scores = bias.clone();
        for (int i = 0, n = x.size(); i < n; i++) {
            long f = feature(x.getType(i), x.getValue(i));
            if (f < 0) continue;
            double value = x.getWeight(i);
            int first = (int) (f >>> 10);
            if ((f & DENSE) != 0) {
                for (int label = 0; label < scores.length; label++) {
                    if (wanted == null || wanted[label]) scores[label] += Float.intBitsToFloat(data[first + label]) * value;
                }
                continue;
            }
            int count = (int) (f & 0x1ff), w = first + ((count + 3) >> 2);
            for (int e = 0; e < count; e++) {
                int label = (data[first + (e >> 2)] >>> ((e & 3) << 3)) & 0xff;
                if (wanted == null || wanted[label]) scores[label] += Float.intBitsToFloat(data[w + e]) * value;
            }
        }
        return scores;
    }

    /**
     * The sparse form of a dense model ClearNLP loaded. Its feature strings and label map are not public, hence the
     * reflection; this runs once, when the build converts the models, never while Byline serves or ingests.
     */
    static SparseModel of(StringModel model) throws ReflectiveOperationException {
        LabelMap labelMap = (LabelMap) field(AbstractModel.class, "m_labels").get(model);
        FeatureMap featureMap = (FeatureMap) field(StringModel.class, "m_features").get(model);
        @SuppressWarnings("unchecked")
        List<ObjectIntHashMap<String>> byType = (List<ObjectIntHashMap<String>>) field(FeatureMap.class, "l_map").get(featureMap);
        AbstractWeightVector matrix = model.getWeightVector();
        int labels = matrix.getLabelSize();
        if (labels > 256 || matrix.isBinaryLabel()) throw new IllegalArgumentException("not a multi-class model of at most 256 labels");
        double[] bias = new double[labels];
        for (int label = 0; label < labels; label++) bias[label] = matrix.get(label);

        int count = 0;
        for (ObjectIntHashMap<String> map : byType) count += map.size();
        int capacity = Integer.highestOneBit(Math.max(1, count) * 2 - 1) << 1;
        long[] table = new long[capacity * 2];
        int[] data = new int[count * 4];
        int used = 0;
        for (int type = 0; type < byType.size(); type++) {
            for (ObjectIntPair<String> pair : byType.get(type)) {
                int row = pair.i * labels;
                int nonZero = 0;
                for (int label = 0; label < labels; label++) if (matrix.get(row + label) != 0) nonZero++;
                if (nonZero == 0) continue;
                long k = key(type, pair.o);
                int slot = (int) k & (capacity - 1);
                while (table[slot << 1] != 0) {
                    if (table[slot << 1] == k) throw new IllegalStateException("two features share the key " + k + "; change the hash");
                    slot = (slot + 1) & (capacity - 1);
                }
                boolean dense = nonZero * 5 > labels * 3;
                int size = dense ? labels : ((nonZero + 3) >> 2) + nonZero;
                if (used + size > data.length) data = java.util.Arrays.copyOf(data, Math.max(used + size, data.length * 2));
                table[slot << 1] = k;
                table[(slot << 1) + 1] = ((long) used << 10) | (dense ? DENSE : 0) | nonZero;
                if (dense) {
                    for (int label = 0; label < labels; label++) data[used + label] = Float.floatToRawIntBits(matrix.get(row + label));
                } else {
                    int w = used + ((nonZero + 3) >> 2), e = 0;
                    for (int label = 0; label < labels; label++) {
                        float weight = matrix.get(row + label);
                        if (weight == 0) continue;
                        data[used + (e >> 2)] |= label << ((e & 3) << 3);
                        data[w + e++] = Float.floatToRawIntBits(weight);
                    }
                }
                used += size;
            }
        }
        return new SparseModel(labelMap, bias, table, java.util.Arrays.copyOf(data, used));
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    int featureCount() {
        int n = 0;
        for (int i = 0; i < table.length; i += 2) if (table[i] != 0) n++;
        return n;
    }

    int weightCount() {
        int n = 0;
        for (int i = 1; i < table.length; i += 2) n += (int) (table[i] & 0x1ff);
        return n;
    }

    void write(ObjectOutputStream out) throws IOException {
        out.writeObject(m_labels);
        out.writeObject(bias);
        out.writeObject(table);
        out.writeObject(data);
    }

    static SparseModel read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        return new SparseModel((LabelMap) in.readObject(), (double[]) in.readObject(), (long[]) in.readObject(), (int[]) in.readObject());
    }
}
