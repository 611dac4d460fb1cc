# Runs `jiaohe check --json` on the seed reports and scores the output with the shared scorer
# (a copy kept in tests/data/golden/). Fails unless every required field and flag is found and no
# false error is raised.
file(GLOB seeds "${DATA}/seeds/*.txt")
list(SORT seeds)
execute_process(COMMAND "${JIAOHE}" check --json ${seeds}
    OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jiaohe check exited with ${rc}: ${err}")
endif()
set(jsonl "${CMAKE_CURRENT_BINARY_DIR}/golden_seeds.jsonl")
file(WRITE "${jsonl}" "${out}")
execute_process(COMMAND "${PYTHON}" "${DATA}/golden/score.py" "${DATA}/golden/seeds.json" "${jsonl}" --verbose
    OUTPUT_VARIABLE score RESULT_VARIABLE src)
message("${score}")
if(NOT src EQUAL 0)
    message(FATAL_ERROR "the seed reports do not score 100%")
endif()
