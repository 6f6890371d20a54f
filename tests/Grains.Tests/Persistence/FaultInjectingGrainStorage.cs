using Orleans.Storage;

namespace SanguoOrleans.Grains.Tests.Persistence;

/// <summary>Real storage underneath, with writes that fail on demand: the failure paths of the dirty-group saves.</summary>
public sealed class FaultInjectingGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (faults.ShouldFail(stateName))
        {
            return Task.FromException(new InvalidOperationException($"Injected write failure for {stateName}."));
        }

        faults.CountWrite(stateName);
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
