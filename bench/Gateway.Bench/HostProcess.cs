using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace SanguoOrleans.Gateway.Bench;

/// <summary>A child process (the silo with its co-hosted gateway, or the echo server) whose memory can be read.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static HostProcess Start(string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(assembly))!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.GetFullPath(assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {assembly}");
        // Drain the pipes so a chatty host never blocks on a full one.
        // Kept for a post-mortem when the host dies mid-run.
        var log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"gateway-bench-{Path.GetFileNameWithoutExtension(assembly)}-{process.Id}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lock (log) { log.WriteLine(line); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine($"[{Path.GetFileName(assembly)}] {line}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process);
    }

    public async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
                return;
            }
            catch (SocketException) when (Stopwatch.GetTimestamp() < deadline && !_process.HasExited)
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }
    }

    /// <summary>CPU time the process has used so far, user and system.</summary>
    public TimeSpan CpuUsed()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Times a thread of the process went to sleep waiting for something (voluntary context switches).</summary>
    public long ThreadSleeps() => ThreadSleeps(_process.Id);

    /// <summary>Voluntary context switches of all threads of process <paramref name="id"/>, from /proc (Linux).</summary>
    public static long ThreadSleeps(int id)
    {
        long total = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{id}/task"))
        {
            try
            {
                var line = File.ReadLines(Path.Combine(task, "status")).FirstOrDefault(l => l.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal));
                total += line is null ? 0 : long.Parse(line.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return total;
    }

    /// <summary>Resident set size in bytes, from /proc (Linux).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kib * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }
}
