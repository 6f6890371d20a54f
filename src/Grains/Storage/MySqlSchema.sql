-- Schema for Orleans ADO.NET grain storage (and reminders) on MariaDB 10.11+.
--
-- Derived from dotnet/orleans src/AdoNet/Shared/MySQL-Main.sql,
-- Orleans.Persistence.AdoNet/MySQL-Persistence.sql and
-- Orleans.Reminders.AdoNet/MySQL-Reminders.sql. The provider's contract is kept
-- exactly: the OrleansQuery keys, the parameter names (@GrainIdHash, ...) and the
-- result column names (PayloadBinary, Version, NewGrainStateVersion, ...).
--
-- Every statement is idempotent, so the whole file runs at every silo start.
-- Statements end with a line holding only `$$`: MySqlSchema.cs splits on those
-- lines, and the DELIMITER lines make the same file work with the mariadb CLI:
--   mariadb -h127.0.0.1 -P13306 -usanguo -psanguo sanguo < MySqlSchema.sql
-- No statement may contain a line that is only `$$` for any other reason.

DELIMITER $$

-- The queries the Orleans providers run, looked up by key at provider start.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey VARCHAR(64) NOT NULL,
    QueryText VARCHAR(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
$$

-- One row per grain state. GrainTypeString holds the *state name* (what the
-- provider receives as grainType), GrainIdN0/N1/GrainIdExtensionString the key.
-- Lookups go through the narrow hash index; the string columns only rule out
-- hash collisions.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash INT NOT NULL,
    GrainIdN0 BIGINT NOT NULL,
    GrainIdN1 BIGINT NOT NULL,
    GrainTypeHash INT NOT NULL,
    -- VARCHAR in the table's utf8mb4_bin, not upstream's NVARCHAR: MariaDB maps
    -- NVARCHAR to 3-byte utf8 (no emoji in string keys) with a case-insensitive
    -- collation, while grain keys are case-sensitive byte strings.
    GrainTypeString VARCHAR(512) NOT NULL,
    GrainIdExtensionString VARCHAR(512) NULL,
    ServiceId VARCHAR(150) NOT NULL,

    -- The provider always writes and reads this column, whatever the serializer.
    -- LONGBLOB (4 GiB) instead of upstream's BLOB (64 KiB): larger states failed
    -- with an error the caller only saw as a CodecNotFoundException.
    PayloadBinary LONGBLOB NULL,

    -- The same bytes as text: with the System.Text.Json storage serializer the
    -- payload is UTF-8 JSON, so people and SQL (JSON_VALUE ...) can read states.
    -- Computed on read rather than stored, so each state is stored once and the
    -- provider's bytes round-trip untouched whatever serializer wrote them.
    PayloadJson LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        AS (CONVERT(PayloadBinary USING utf8mb4)) VIRTUAL,

    -- Informational only.
    ModifiedOn DATETIME NOT NULL,

    -- The ETag. NULL only transiently; a cleared state keeps its row and version.
    Version INT NULL,

    -- Identity of a row: upstream has no unique key, so two activations that
    -- both write a state for the first time (READ COMMITTED takes no gap locks)
    -- could both insert, leaving duplicates that reads then pick from at random.
    -- The natural key is too wide for an index, so a SHA-256 of it is unique.
    -- Length prefixes keep the encoding unambiguous.
    NaturalKeyHash BINARY(32) AS (UNHEX(SHA2(CONCAT_WS('|',
        CHAR_LENGTH(ServiceId), ServiceId,
        CHAR_LENGTH(GrainTypeString), GrainTypeString,
        GrainIdN0, GrainIdN1,
        IFNULL(CONCAT(CHAR_LENGTH(GrainIdExtensionString), ':', GrainIdExtensionString), '-')
    ), 256))) STORED,

    CONSTRAINT UX_OrleansStorage_NaturalKey UNIQUE KEY (NaturalKeyHash),
    INDEX IX_OrleansStorage (GrainIdHash, GrainTypeHash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin ROW_FORMAT = DYNAMIC
$$

-- Procedures: CREATE OR REPLACE (MariaDB) swaps the definition in one statement,
-- so re-running this file while other silos call them is harmless.
-- SQL SECURITY INVOKER: no dependency on the account that happened to create them.
-- String parameters use the table's collation so comparisons need no casts.

CREATE OR REPLACE PROCEDURE WriteToStorage
(
    IN _GrainIdHash INT,
    IN _GrainIdN0 BIGINT,
    IN _GrainIdN1 BIGINT,
    IN _GrainTypeHash INT,
    IN _GrainTypeString VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _GrainIdExtensionString VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _ServiceId VARCHAR(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _GrainStateVersion INT,
    -- LONGBLOB: a BLOB parameter would truncate large states (and fail via the
    -- warning handler below) even with a LONGBLOB column.
    IN _PayloadBinary LONGBLOB
)
SQL SECURITY INVOKER
BEGIN
    DECLARE _newGrainStateVersion INT;
    DECLARE _lostInsertRace BOOLEAN DEFAULT FALSE;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
    DECLARE EXIT HANDLER FOR SQLWARNING BEGIN ROLLBACK; RESIGNAL; END;

    SET _newGrainStateVersion = _GrainStateVersion;

    -- REPEATABLE READ (the default) takes gap locks that deadlock concurrent inserts.
    SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
    START TRANSACTION;

    -- Known version: update only if nobody else wrote since we read (optimistic
    -- concurrency). Returning the unchanged version tells Orleans it lost, and it
    -- throws InconsistentStateException.
    IF _GrainStateVersion IS NOT NULL
    THEN
        UPDATE OrleansStorage
        SET
            PayloadBinary = _PayloadBinary,
            ModifiedOn = UTC_TIMESTAMP(),
            Version = Version + 1
        WHERE
            GrainIdHash = _GrainIdHash AND _GrainIdHash IS NOT NULL
            AND GrainTypeHash = _GrainTypeHash AND _GrainTypeHash IS NOT NULL
            AND GrainIdN0 = _GrainIdN0 AND _GrainIdN0 IS NOT NULL
            AND GrainIdN1 = _GrainIdN1 AND _GrainIdN1 IS NOT NULL
            AND GrainTypeString = _GrainTypeString AND _GrainTypeString IS NOT NULL
            AND ((_GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString = _GrainIdExtensionString) OR _GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
            AND ServiceId = _ServiceId AND _ServiceId IS NOT NULL
            AND Version IS NOT NULL AND Version = _GrainStateVersion AND _GrainStateVersion IS NOT NULL
            LIMIT 1;

        IF ROW_COUNT() > 0
        THEN
            SET _newGrainStateVersion = _GrainStateVersion + 1;
        END IF;
    END IF;

    -- No version: the grain never saw a row, so one may only be created. The
    -- NOT EXISTS handles the common case; the unique key catches a concurrent
    -- insert that NOT EXISTS cannot see yet. Either way the loser gets NULL
    -- back, which Orleans reports as a version conflict.
    IF _GrainStateVersion IS NULL
    THEN
        BEGIN
            DECLARE CONTINUE HANDLER FOR 1062 SET _lostInsertRace = TRUE;

            INSERT INTO OrleansStorage
            (
                GrainIdHash,
                GrainIdN0,
                GrainIdN1,
                GrainTypeHash,
                GrainTypeString,
                GrainIdExtensionString,
                ServiceId,
                PayloadBinary,
                ModifiedOn,
                Version
            )
            SELECT * FROM ( SELECT
                _GrainIdHash,
                _GrainIdN0,
                _GrainIdN1,
                _GrainTypeHash,
                _GrainTypeString,
                _GrainIdExtensionString,
                _ServiceId,
                _PayloadBinary,
                UTC_TIMESTAMP(),
                1) AS TMP
            WHERE NOT EXISTS
            (
                SELECT 1
                FROM OrleansStorage
                WHERE
                    GrainIdHash = _GrainIdHash AND _GrainIdHash IS NOT NULL
                    AND GrainTypeHash = _GrainTypeHash AND _GrainTypeHash IS NOT NULL
                    AND GrainIdN0 = _GrainIdN0 AND _GrainIdN0 IS NOT NULL
                    AND GrainIdN1 = _GrainIdN1 AND _GrainIdN1 IS NOT NULL
                    AND GrainTypeString = _GrainTypeString AND _GrainTypeString IS NOT NULL
                    AND ((_GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString = _GrainIdExtensionString) OR _GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
                    AND ServiceId = _ServiceId AND _ServiceId IS NOT NULL
            ) LIMIT 1;

            IF NOT _lostInsertRace AND ROW_COUNT() > 0
            THEN
                SET _newGrainStateVersion = 1;
            END IF;
        END;
    END IF;

    SELECT _newGrainStateVersion AS NewGrainStateVersion;
    COMMIT;
END
$$

-- Clear keeps the row (payload NULL, version + 1) so the ETag sequence continues.
CREATE OR REPLACE PROCEDURE ClearStorage
(
    IN _GrainIdHash INT,
    IN _GrainIdN0 BIGINT,
    IN _GrainIdN1 BIGINT,
    IN _GrainTypeHash INT,
    IN _GrainTypeString VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _GrainIdExtensionString VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _ServiceId VARCHAR(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _GrainStateVersion INT
)
SQL SECURITY INVOKER
BEGIN
    DECLARE _newGrainStateVersion INT;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
    DECLARE EXIT HANDLER FOR SQLWARNING BEGIN ROLLBACK; RESIGNAL; END;

    SET _newGrainStateVersion = _GrainStateVersion;

    SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
    START TRANSACTION;
    UPDATE OrleansStorage
    SET
        PayloadBinary = NULL,
        ModifiedOn = UTC_TIMESTAMP(),
        Version = Version + 1
    WHERE
        GrainIdHash = _GrainIdHash AND _GrainIdHash IS NOT NULL
        AND GrainTypeHash = _GrainTypeHash AND _GrainTypeHash IS NOT NULL
        AND GrainIdN0 = _GrainIdN0 AND _GrainIdN0 IS NOT NULL
        AND GrainIdN1 = _GrainIdN1 AND _GrainIdN1 IS NOT NULL
        AND GrainTypeString = _GrainTypeString AND _GrainTypeString IS NOT NULL
        AND ((_GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString = _GrainIdExtensionString) OR _GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
        AND ServiceId = _ServiceId AND _ServiceId IS NOT NULL
        AND Version IS NOT NULL AND Version = _GrainStateVersion AND _GrainStateVersion IS NOT NULL
        LIMIT 1;

    IF ROW_COUNT() > 0
    THEN
        SET _newGrainStateVersion = _GrainStateVersion + 1;
    END IF;

    SELECT _newGrainStateVersion AS NewGrainStateVersion;
    COMMIT;
END
$$

-- Used instead of ClearStorage when AdoNetGrainStorageOptions.DeleteStateOnClear is set.
CREATE OR REPLACE PROCEDURE DeleteStorage
(
    IN _GrainIdHash INT,
    IN _GrainIdN0 BIGINT,
    IN _GrainIdN1 BIGINT,
    IN _GrainTypeHash INT,
    IN _GrainTypeString VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _GrainIdExtensionString VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _ServiceId VARCHAR(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    IN _GrainStateVersion INT
)
SQL SECURITY INVOKER
BEGIN
    DECLARE _newGrainStateVersion INT;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
    DECLARE EXIT HANDLER FOR SQLWARNING BEGIN ROLLBACK; RESIGNAL; END;

    SET _newGrainStateVersion = _GrainStateVersion;

    SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
    START TRANSACTION;
    DELETE FROM OrleansStorage
    WHERE
        GrainIdHash = _GrainIdHash AND _GrainIdHash IS NOT NULL
        AND GrainTypeHash = _GrainTypeHash AND _GrainTypeHash IS NOT NULL
        AND GrainIdN0 = _GrainIdN0 AND _GrainIdN0 IS NOT NULL
        AND GrainIdN1 = _GrainIdN1 AND _GrainIdN1 IS NOT NULL
        AND GrainTypeString = _GrainTypeString AND _GrainTypeString IS NOT NULL
        AND ((_GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString = _GrainIdExtensionString) OR _GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
        AND ServiceId = _ServiceId AND _ServiceId IS NOT NULL
        AND Version IS NOT NULL AND Version = _GrainStateVersion AND _GrainStateVersion IS NOT NULL
        LIMIT 1;

    IF ROW_COUNT() > 0
    THEN
        SET _newGrainStateVersion = _GrainStateVersion + 1;
    END IF;

    SELECT _newGrainStateVersion AS NewGrainStateVersion;
    COMMIT;
END
$$

-- Upsert (not plain INSERT) so a changed query text replaces the old one; the
-- row never disappears, unlike with REPLACE, so a silo starting meanwhile
-- always finds it.
INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'ReadFromStorageKey',
    'SELECT
        PayloadBinary,
        UTC_TIMESTAMP(),
        Version
    FROM
        OrleansStorage
    WHERE
        GrainIdHash = @GrainIdHash
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND GrainTypeString IS NOT NULL
        AND ((@GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString IS NOT NULL AND GrainIdExtensionString = @GrainIdExtensionString) OR @GrainIdExtensionString IS NULL AND GrainIdExtensionString IS NULL)
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        LIMIT 1;'
),
(
    'WriteToStorageKey',
    'CALL WriteToStorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);'
),
(
    'ClearStorageKey',
    'CALL ClearStorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion);'
),
(
    'DeleteStorageKey',
    'CALL DeleteStorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion);'
)
ON DUPLICATE KEY UPDATE QueryText = VALUES(QueryText)
$$

-- Reminders (Microsoft.Orleans.Reminders.AdoNet), as upstream apart from the
-- idempotent forms and utf8mb4.
CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId VARCHAR(150) NOT NULL,
    GrainId VARCHAR(150) NOT NULL,
    ReminderName VARCHAR(150) NOT NULL,
    StartTime DATETIME NOT NULL,
    Period BIGINT NOT NULL,
    GrainHash INT NOT NULL,
    Version INT NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
$$

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpsertReminderRowKey',
    'INSERT INTO OrleansRemindersTable
    (
        ServiceId,
        GrainId,
        ReminderName,
        StartTime,
        Period,
        GrainHash,
        Version
    )
    VALUES
    (
        @ServiceId,
        @GrainId,
        @ReminderName,
        @StartTime,
        @Period,
        @GrainHash,
        last_insert_id(0)
    )
    ON DUPLICATE KEY
    UPDATE
        StartTime = @StartTime,
        Period = @Period,
        GrainHash = @GrainHash,
        Version = last_insert_id(Version+1);

    SELECT last_insert_id() AS Version;'
),
(
    'ReadReminderRowsKey',
    'SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainId = @GrainId AND @GrainId IS NOT NULL;'
),
(
    'ReadReminderRowKey',
    'SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainId = @GrainId AND @GrainId IS NOT NULL
        AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL;'
),
(
    'ReadRangeRows1Key',
    'SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainHash > @BeginHash AND @BeginHash IS NOT NULL
        AND GrainHash <= @EndHash AND @EndHash IS NOT NULL;'
),
(
    'ReadRangeRows2Key',
    'SELECT
        GrainId,
        ReminderName,
        StartTime,
        Period,
        Version
    FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND ((GrainHash > @BeginHash AND @BeginHash IS NOT NULL)
        OR (GrainHash <= @EndHash AND @EndHash IS NOT NULL));'
),
(
    'DeleteReminderRowKey',
    'DELETE FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND GrainId = @GrainId AND @GrainId IS NOT NULL
        AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL
        AND Version = @Version AND @Version IS NOT NULL;
    SELECT ROW_COUNT();'
),
(
    'DeleteReminderRowsKey',
    'DELETE FROM OrleansRemindersTable
    WHERE
        ServiceId = @ServiceId AND @ServiceId IS NOT NULL;'
)
ON DUPLICATE KEY UPDATE QueryText = VALUES(QueryText)
$$

-- ---------------------------------------------------------------------------
-- Wallet: balances and their append-only ledger (src/Grains/Wallet/MySqlWalletStore.cs).
--
-- An operation is ONE statement: an INSERT of its ledger row(s) ... RETURNING
-- BalanceAfter, in autocommit. The BEFORE INSERT trigger changes the balance,
-- so the ledger row and the balance commit together or not at all, in one
-- round trip. The ledger is the truth and the balance its running sum: a row
-- an operator inserts by hand moves the balance too.
--
-- The trigger refuses with SIGNAL (the statement, and so the whole operation,
-- is rolled back):
--   31000 the balance would go below zero;
--   31001 the expected balance differs;
--   31002 the balance row does not exist yet: the store creates it at zero and
--         repeats the INSERT. Creating it inside the trigger would take InnoDB
--         gap locks that deadlock concurrent first operations of new users.
-- A reused operation id fails the unique key (1062) after the trigger ran;
-- that rolls the balance change back too, and the store reads the first row.
-- Ids are GUIDs as text ("D" format), which MySqlConnector maps to Guid.
-- ---------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS WalletBalance
(
    UserId CHAR(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    -- The Currency enum's value.
    Currency TINYINT UNSIGNED NOT NULL,
    Balance BIGINT NOT NULL,

    CONSTRAINT WalletBalance_Key PRIMARY KEY (UserId, Currency),
    -- The trigger refuses overdrafts itself; this catches any other writer.
    CONSTRAINT WalletBalance_NeverNegative CHECK (Balance >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
$$

-- Rows are only ever inserted. Texts are compared byte for byte without pad
-- space (utf8mb4_nopad_bin): "op" and "op " are different operation ids.
CREATE TABLE IF NOT EXISTS WalletLedger
(
    EntryId BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    UserId CHAR(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    Currency TINYINT UNSIGNED NOT NULL,
    OperationId VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    Amount BIGINT NOT NULL,
    -- Set by the trigger; the value inserted is ignored.
    BalanceAfter BIGINT NOT NULL,
    Reason VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    -- The other user of a transfer; NULL for a change to one balance. Tells a
    -- retried transfer from a reused id.
    Counterparty CHAR(36) CHARACTER SET ascii COLLATE ascii_general_ci NULL,
    -- UTC.
    AppliedAt DATETIME(6) NOT NULL,
    -- The balance the caller saw (compare-before-change), when it gave one.
    ExpectedBalance BIGINT NULL,

    CONSTRAINT WalletLedger_Key PRIMARY KEY (EntryId),
    -- Idempotency: an operation id is applied at most once per user.
    CONSTRAINT WalletLedger_Operation UNIQUE (UserId, OperationId),
    -- A user's history, newest first.
    INDEX WalletLedger_UserEntries (UserId, EntryId)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
$$

-- The first wallet schema (stored procedures, no ExpectedBalance) reached a
-- commit; these bring a database created by it up to date.
ALTER TABLE WalletLedger ADD COLUMN IF NOT EXISTS ExpectedBalance BIGINT NULL AFTER AppliedAt
$$

DROP PROCEDURE IF EXISTS WalletApply
$$

DROP PROCEDURE IF EXISTS WalletTransfer
$$

CREATE OR REPLACE TRIGGER WalletLedger_ChangeBalance BEFORE INSERT ON WalletLedger FOR EACH ROW
BEGIN
    DECLARE vBalance BIGINT DEFAULT NULL;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET vBalance = NULL;

    -- The common case in one statement: the row exists and the change is
    -- allowed. It also locks the balance until the operation commits, so
    -- operations on one balance run one after another.
    UPDATE WalletBalance SET Balance = (@walletBalanceAfter := Balance + NEW.Amount)
        WHERE UserId = NEW.UserId AND Currency = NEW.Currency
            AND Balance + NEW.Amount >= 0
            AND (NEW.ExpectedBalance IS NULL OR Balance = NEW.ExpectedBalance);
    IF ROW_COUNT() = 1 THEN
        SET NEW.BalanceAfter = @walletBalanceAfter;
    ELSE
        SELECT Balance INTO vBalance FROM WalletBalance
            WHERE UserId = NEW.UserId AND Currency = NEW.Currency FOR UPDATE;
        IF vBalance IS NULL THEN
            SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 31002, MESSAGE_TEXT = 'Wallet: no balance row yet';
        ELSEIF NEW.ExpectedBalance IS NOT NULL AND NEW.ExpectedBalance <> vBalance THEN
            SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 31001, MESSAGE_TEXT = 'Wallet: balance mismatch';
        ELSE
            SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 31000, MESSAGE_TEXT = 'Wallet: insufficient funds';
        END IF;
    END IF;
END
$$

DELIMITER ;
