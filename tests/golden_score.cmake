# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `jiaohe check --json` on a set of reports and scores the output with the shared scorer (a copy
# kept in tests/data/golden/). Fails unless every required field and flag is found and no false error
# is raised. -DINPUTS=<glob under DATA> -DGOLDEN=<golden file under DATA/golden> -DNAME=<label>
file(GLOB inputs "${DATA}/${INPUTS}")
list(SORT inputs)
if(NOT inputs)
    message(FATAL_ERROR "no reports match ${DATA}/${INPUTS}")
endif()
execute_process(COMMAND "${JIAOHE}" check --json ${inputs}
    OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jiaohe check exited with ${rc}: ${err}")
endif()
set(jsonl "${CMAKE_CURRENT_BINARY_DIR}/golden_${NAME}.jsonl")
file(WRITE "${jsonl}" "${out}")
execute_process(COMMAND "${PYTHON}" "${DATA}/golden/score.py" "${DATA}/golden/${GOLDEN}" "${jsonl}" --verbose
    OUTPUT_VARIABLE score RESULT_VARIABLE src)
message("${score}")
if(NOT src EQUAL 0)
    message(FATAL_ERROR "the ${NAME} reports do not score 100%")
endif()
