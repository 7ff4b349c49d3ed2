# SPDX-License-Identifier: MIT
# ctest's fuzz_smoke: a short, bounded libFuzzer run on a copy of the seed corpus, so the
# committed corpus never grows. Usage: cmake -DFUZZER=... -DCORPUS=... -DDICT=... -DWORK=... -P this file.
if(NOT EXISTS "${FUZZER}")
    message("fuzz_responseparser is not built (run the `fuzz` target); skipping")
    return()
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
file(GLOB seeds "${CORPUS}/*")
file(COPY ${seeds} DESTINATION "${WORK}/corpus")

execute_process(
    COMMAND "${FUZZER}" -runs=200000 -max_total_time=30 -max_len=8192 -timeout=10
            -artifact_prefix=${WORK}/ -print_final_stats=1 -dict=${DICT} "${WORK}/corpus"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
string(REGEX MATCHALL "stat::number_of_executed_units: *[0-9]+" executed "${output}")
message("${executed}")
if(NOT result EQUAL 0)
    message("${output}")
    message(FATAL_ERROR "fuzz_responseparser failed (exit ${result}); the crashing input is in ${WORK}")
endif()
