using System.Globalization;
using System.Text;

namespace SanguoOrleans.Grains.Interfaces.Users;

/// <summary>The rules for nicknames: 2–12 letters (Chinese included), digits or '_', unique regardless of case and width.</summary>
public static class Nicknames
{
    /// <summary>The shortest nickname, in characters.</summary>
    public const int MinLength = 2;

    /// <summary>The longest nickname, in characters.</summary>
    public const int MaxLength = 12;

    /// <summary>Why <paramref name="nickname"/> is not acceptable, or null when it is.</summary>
    public static string? Validate(string? nickname)
    {
        if (string.IsNullOrEmpty(nickname))
        {
            return "A nickname is required.";
        }

        var length = new StringInfo(nickname).LengthInTextElements;
        if (length is < MinLength or > MaxLength)
        {
            return $"A nickname has {MinLength} to {MaxLength} characters.";
        }

        foreach (var rune in nickname.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && rune.Value != '_')
            {
                return "A nickname has only letters, digits and '_'.";
            }
        }

        return null;
    }

    /// <summary>
    /// The grain key of a nickname: full-width forms folded to ASCII and lower-cased so that look-alike
    /// spellings collide, and prefixed so that all-digit names never read as numbers.
    /// </summary>
    public static string Key(string nickname)
    {
        ArgumentNullException.ThrowIfNull(nickname);

        // Folded by hand: the hosts run with invariant globalization, where string.Normalize leaves text as it is.
        var folded = string.Create(nickname.Length, nickname, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= FullWidthFirst and <= FullWidthLast ? (char)(c - FullWidthOffset) : c;
            }
        });
        return "nickname/" + folded.ToLowerInvariant();
    }

    // U+FF01..U+FF5E are the full-width twins of ASCII '!'..'~'.
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
}
