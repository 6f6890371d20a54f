namespace SanguoOrleans.Grains.Interfaces;

/// <summary>A result or the refusal that stands in its place; expected refusals are values, not exceptions.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.Outcome`1")]
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
{
    /// <summary>Whether the request was carried out.</summary>
    public bool Ok => Refusal is null;
}

/// <summary>Builds <see cref="Outcome{T}"/> values.</summary>
public static class Outcome
{
    /// <summary>A carried-out request.</summary>
    public static Outcome<T> Success<T>(T value) => new(value, null);

    /// <summary>A refused request.</summary>
    public static Outcome<T> Refused<T>(RefusalCode code, string message) => new(default, new Refusal(code, message));

    /// <summary>A refused request, passing on another outcome's refusal.</summary>
    public static Outcome<T> Refused<T>(Refusal refusal) => new(default, refusal);
}
