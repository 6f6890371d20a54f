using System.Threading.Channels;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>
/// Lines typed (or piped) on standard input, read in the background so the game can go on while nobody types.
/// </summary>
public sealed class InputLines
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = true });

    /// <summary>Starts reading <paramref name="input"/> until it ends.</summary>
    public InputLines(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _ = Task.Run(async () =>
        {
            while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                await _lines.Writer.WriteAsync(line.Trim()).ConfigureAwait(false);
            }

            _lines.Writer.TryComplete();
        });
    }

    /// <summary>Completes with true once a line is ready, false once input has ended.</summary>
    public Task<bool> WaitAsync(CancellationToken cancellationToken) => _lines.Reader.WaitToReadAsync(cancellationToken).AsTask();

    /// <summary>The next line, or null once input has ended.</summary>
    public async Task<string?> ReadAsync(CancellationToken cancellationToken) =>
        await WaitAsync(cancellationToken).ConfigureAwait(false) && _lines.Reader.TryRead(out var line) ? line : null;

    /// <summary>A line that is ready now, without waiting.</summary>
    public bool TryRead(out string line) => _lines.Reader.TryRead(out line!);
}
