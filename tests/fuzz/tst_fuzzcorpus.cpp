// SPDX-License-Identifier: MIT
// Replays the committed fuzz corpus through the same harness as the libFuzzer target, with the
// normal compiler, so every ctest run checks the seeds (and the crashes once found) without clang.

#include "fuzzharness.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString check(const QByteArray &input)
{
    return ct::fuzz::checkResponse(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                   std::size_t(input.size()));
}

QFileInfoList corpusFiles()
{
    return QDir(QStringLiteral(CT_FUZZ_CORPUS)).entryInfoList(QDir::Files, QDir::Name);
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsThere()
    {
        QVERIFY2(corpusFiles().size() >= 25, "the seed corpus lost its files: " CT_FUZZ_CORPUS);
    }

    void replay_data()
    {
        QTest::addColumn<QString>("path");
        for (const QFileInfo &file : corpusFiles())
            QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        const QString broken = check(input);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    // A small deterministic mutation pass over the seeds, so a g++ build exercises more than
    // the seeds themselves: byte flips, truncations, insertions and splices.
    void mutations()
    {
        QRandomGenerator rng(20261127);
        QList<QByteArray> seeds;
        for (const QFileInfo &info : corpusFiles()) {
            QFile file(info.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly))
                seeds.append(file.readAll());
        }
        QVERIFY(!seeds.isEmpty());
        int runs = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray input = seeds.at(rng.bounded(int(seeds.size())));
            const int edits = 1 + rng.bounded(4);
            for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                const int at = rng.bounded(int(input.size()));
                switch (rng.bounded(5)) {
                case 0: input[at] = char(rng.bounded(256)); break;
                case 1: input.truncate(at); break;
                case 2: input.insert(at, char(rng.bounded(256))); break;
                case 3: input.insert(at, seeds.at(rng.bounded(int(seeds.size()))).mid(1, 40)); break;
                case 4: input.remove(at, 1 + rng.bounded(8)); break;
                }
            }
            const QString broken = check(input);
            QVERIFY2(broken.isEmpty(), qPrintable(broken + u" for input "_s + QString::fromLatin1(input.toHex())));
            ++runs;
        }
        QCOMPARE(runs, 4000);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
