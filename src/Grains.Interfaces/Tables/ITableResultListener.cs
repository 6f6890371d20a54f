namespace SanguoOrleans.Grains.Interfaces.Tables;

/// <summary>Whoever created a ranked table (the ladder) and wants its result.</summary>
public interface ITableResultListener : IGrainWithStringKey
{
    /// <summary>A table created for this listener finished; may be called again for the same table after a failure.</summary>
    Task TableFinishedAsync(TableReplay replay);
}
