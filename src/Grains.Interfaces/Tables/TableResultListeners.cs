namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>Finds the listener a ranked table reports to.</summary>
public static class TableResultListeners
{
    /// <summary>
    /// The listener named by <paramref name="listenerKey"/>: a full grain id ("type/key") reaches that grain type,
    /// whatever else implements <see cref="ITableResultListener"/>; a plain key needs the interface to have one
    /// implementation.
    /// </summary>
    public static ITableResultListener Get(IGrainFactory grains, string listenerKey)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return listenerKey.Contains('/', StringComparison.Ordinal)
            ? grains.GetGrain<ITableResultListener>(GrainId.Parse(listenerKey))
            : grains.GetGrain<ITableResultListener>(listenerKey);
    }
}
