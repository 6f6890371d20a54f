using SanguoOrleans.Protocol;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>The prompt and refusal lines every screen of the terminal client shares.</summary>
internal static class TerminalPrompts
{
    /// <summary>Writes the prompt and reads the next line (null at the end of the input).</summary>
    public static async Task<string?> AskAsync(this InputLines input, TextWriter output, string prompt, CancellationToken cancellationToken)
    {
        await output.WriteAsync(prompt).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return await input.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Prints a refused reply; true when the reply was a refusal.</summary>
    public static bool PrintRefusal(this TextWriter output, ServerMessage reply)
    {
        if (reply.BodyCase != ServerMessage.BodyOneofCase.Error)
        {
            return false;
        }

        output.WriteLine($"Refused: {reply.Error.Message} ({reply.Error.Code})");
        return true;
    }
}
