using System.Text;
using MySqlConnector;

namespace SanguoOrleans.Grains.Storage;

/// <summary>Creates or updates the MariaDB schema that Orleans ADO.NET grain storage and reminders need.</summary>
public static class MySqlSchema
{
    /// <summary>The ADO.NET invariant for MySqlConnector; the other MySQL invariants fail at silo start.</summary>
    public const string AdoInvariant = "MySql.Data.MySqlConnector";

    private const string ScriptResourceName = "MySqlSchema.sql";
    private const string StatementTerminator = "$$";

    // Long enough for a silo that starts while another one is applying (well under
    // a second) or a slow DDL, short enough to fail a stuck start-up visibly.
    private const int LockTimeoutSeconds = 120;

    // MariaDB caps lock names at 64 characters.
    private const int MaxLockNameLength = 64;

    /// <summary>Applies the schema; safe to run repeatedly and from several silos at once.</summary>
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        var builder = new MySqlConnectionStringBuilder(connectionString)
        {
            // The script is sent verbatim; '@' appears only inside the stored query
            // texts and must not be taken for a client-side parameter.
            AllowUserVariables = true,
        };
        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        }

        var statements = SplitStatements(ReadScript());
        var lockName = $"orleans-schema:{builder.Database}";
        lockName = lockName[..Math.Min(lockName.Length, MaxLockNameLength)];

        var connection = new MySqlConnection(builder.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Silos starting together would otherwise interleave DDL; the lock is
            // per database and ends with the session even if we crash.
            await AcquireLockAsync(connection, lockName, cancellationToken).ConfigureAwait(false);
            try
            {
                foreach (var statement in statements)
                {
                    await ExecuteAsync(connection, statement, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                await ReleaseLockAsync(connection, lockName).ConfigureAwait(false);
            }
        }
    }

    private static async Task AcquireLockAsync(MySqlConnection connection, string lockName, CancellationToken cancellationToken)
    {
        var command = new MySqlCommand("SELECT GET_LOCK(@name, @timeout)", connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("@name", lockName);
            command.Parameters.AddWithValue("@timeout", LockTimeoutSeconds);
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (result is null || result is DBNull || Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                throw new TimeoutException($"Could not take the schema lock '{lockName}' within {LockTimeoutSeconds} s.");
            }
        }
    }

    private static async Task ReleaseLockAsync(MySqlConnection connection, string lockName)
    {
        // Not cancellable: a pooled connection must not go back still holding the lock.
        var command = new MySqlCommand("SELECT RELEASE_LOCK(@name)", connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("@name", lockName);
            await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string statement, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The text is our own embedded script, not user input.
        var command = new MySqlCommand(statement, connection);
#pragma warning restore CA2100
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ReadScript()
    {
        var assembly = typeof(MySqlSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream(typeof(MySqlSchema), ScriptResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource {typeof(MySqlSchema).Namespace}.{ScriptResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // The script marks the end of each statement with a line holding only "$$"
    // (procedure bodies contain ';', so ';' cannot be the separator). DELIMITER
    // lines exist only for the mariadb CLI, which interprets them client-side.
    private static List<string> SplitStatements(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        using var reader = new StringReader(script);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("DELIMITER", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (trimmed == StatementTerminator)
            {
                AddIfNotBlank(statements, current.ToString());
                current.Clear();
                continue;
            }

            current.AppendLine(line);
        }

        AddIfNotBlank(statements, current.ToString());
        return statements;
    }

    // Leading comment blocks and trailing blank lines are not statements.
    private static void AddIfNotBlank(List<string> statements, string text)
    {
        var hasCode = text
            .Split('\n')
            .Select(line => line.Trim())
            .Any(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal));
        if (hasCode)
        {
            statements.Add(text);
        }
    }
}
