package org.peacetalks.extract.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stages in order, checked when assembled: every layer a stage requires is given
 * or provided by an earlier stage, no layer is provided twice, stage ids are
 * unique. Running checks that each stage provided what it declared, and adds its
 * time to the stage's total. Thread-safe when its stages are: the state is per
 * article.
 */
public final class Pipeline {
    /** One stage's totals since the pipeline was built. */
    public record Timing(String stage, long runs, long nanos) {}

    private final List<Stage> stages;
    private final Map<String, LongAdder[]> times = new LinkedHashMap<>();

    /** {@code given}: the layers the state holds before the first stage (the article). */
    public Pipeline(Set<Layer<?>> given, List<Stage> stages) {
        Map<Layer<?>, String> providedBy = new HashMap<>();
        for (Layer<?> l : given) providedBy.put(l, "the input");
        for (Stage s : stages) {
            if (times.containsKey(s.id())) throw new IllegalArgumentException("two stages have the id '" + s.id() + "'");
            for (Layer<?> l : s.requires())
                if (!providedBy.containsKey(l))
                    throw new IllegalArgumentException("stage '" + s.id() + "' requires layer '" + l + "', which no stage before it provides");
            for (Layer<?> l : s.provides()) {
                String earlier = providedBy.putIfAbsent(l, s.id());
                if (earlier != null)
                    throw new IllegalArgumentException("stage '" + s.id() + "' provides layer '" + l + "', already provided by " + quoted(earlier));
            }
            times.put(s.id(), new LongAdder[] {new LongAdder(), new LongAdder()});
        }
        this.stages = List.copyOf(stages);
    }

    private static String quoted(String by) {
        return by.equals("the input") ? by : "stage '" + by + "'";
    }

    public List<String> stageIds() {
        return stages.stream().map(Stage::id).toList();
    }

    public void run(ArticleState state) {
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            s.run(state);
            long t = System.nanoTime() - t0;
            LongAdder[] a = times.get(s.id());
            a[0].increment();
            a[1].add(t);
            for (Layer<?> l : s.provides())
                if (!state.has(l)) throw new IllegalStateException("stage '" + s.id() + "' did not provide layer '" + l + "'");
        }
    }

    /** Each stage's runs and total time, in pipeline order. */
    public List<Timing> timings() {
        List<Timing> out = new ArrayList<>();
        times.forEach((id, a) -> out.add(new Timing(id, a[0].sum(), a[1].sum())));
        return out;
    }
}
