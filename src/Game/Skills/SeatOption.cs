namespace SanguoOrleans.Game.Skills;

/// <summary>Options naming a player in a ChooseOption request ("seat:3"): who receives a card, where a 杀 moves.</summary>
public static class SeatOption
{
    private const string Prefix = "seat:";

    /// <summary>The option naming <paramref name="seat"/>.</summary>
    public static string Of(int seat) => Prefix + seat.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The seat an option names, or −1 when it names none.</summary>
    public static int Parse(string? option) =>
        option is not null && option.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(option.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seat)
            ? seat
            : -1;
}
