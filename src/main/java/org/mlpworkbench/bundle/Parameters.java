package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.NamedParameter;
import org.mlpworkbench.model.OutputActivation;

/** Moves a network's parameters between the model's types and the exports' arrays and dense layers. */
final class Parameters {
    private Parameters() {
    }

    /** The parameters in the model's layout order, named as in PyTorch ({@code layers.0.weight}…). */
    static List<NamedArray> arrays(Mlp model) {
        List<NamedArray> arrays = new ArrayList<>();
        for (NamedParameter p : model.parameters()) {
            arrays.add(new NamedArray(p.name(), p.shape(), p.values()));
        }
        return arrays;
    }

    /** The model of {@code spec} with these parameters; a message names the first missing or misshapen one. */
    static Mlp model(MlpSpec spec, Collection<NamedArray> arrays) {
        List<NamedParameter> parameters = new ArrayList<>();
        for (NamedArray a : arrays) {
            parameters.add(new NamedParameter(a.name(), a.shape(), a.data()));
        }
        return Mlp.of(spec, parameters);
    }

    /** The network as dense layers: hidden layers with the hidden activation, then the output layer. */
    static List<DenseLayer> layers(Mlp model) {
        MlpSpec spec = model.spec();
        Map<String, NamedArray> byName = new java.util.HashMap<>();
        arrays(model).forEach(a -> byName.put(a.name(), a));
        List<DenseLayer> layers = new ArrayList<>();
        for (int i = 0; i < spec.layerCount(); i++) {
            boolean output = i == spec.layerCount() - 1;
            DenseLayer.Activation activation = output ? activation(spec.outputActivation()) : activation(spec.activation());
            float alpha = output ? 0f : alpha(spec.activation());
            layers.add(new DenseLayer(byName.get("layers." + i + ".weight"),
                    spec.bias() ? byName.get("layers." + i + ".bias") : null, activation, alpha));
        }
        return layers;
    }

    static DenseLayer.Activation activation(Activation hidden) {
        return switch (hidden) {
            case RELU -> DenseLayer.Activation.RELU;
            case LEAKY_RELU -> DenseLayer.Activation.LEAKY_RELU;
            case TANH -> DenseLayer.Activation.TANH;
            case SIGMOID -> DenseLayer.Activation.SIGMOID;
            case GELU -> DenseLayer.Activation.GELU;
            case ELU -> DenseLayer.Activation.ELU;
        };
    }

    static DenseLayer.Activation activation(OutputActivation output) {
        return switch (output) {
            case SIGMOID -> DenseLayer.Activation.SIGMOID;
            case SOFTMAX -> DenseLayer.Activation.SOFTMAX;
            case IDENTITY -> DenseLayer.Activation.IDENTITY;
        };
    }

    /** LeakyReLU's negative slope or ELU's alpha (the model's constants); 0 for the others. */
    static float alpha(Activation hidden) {
        return switch (hidden) {
            case LEAKY_RELU -> (float) Activation.LEAKY_SLOPE;
            case ELU -> (float) Activation.ELU_ALPHA;
            default -> 0f;
        };
    }
}
