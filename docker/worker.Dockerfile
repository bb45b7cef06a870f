# facevalence worker: `facevalence worker` against a shared lab database (see compose.yaml).
# CPU build by default; for GPU workers build with
#   --build-arg BASE=nvidia/cuda:12.8.1-runtime-ubuntu24.04 --build-arg TORCH_INDEX=https://download.pytorch.org/whl/cu128
# and set FACEVALENCE_DEVICE=cuda.
ARG BASE=python:3.11-slim
FROM ${BASE}
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
ENV PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MALLOC_MMAP_THRESHOLD_=4294967296 MALLOC_TRIM_THRESHOLD_=4294967296
RUN if ! command -v python3.11 >/dev/null; then \
        apt-get update -qq && apt-get install -y -qq python3.11 python3.11-venv && rm -rf /var/lib/apt/lists/*; \
    fi \
    && python3.11 -m venv /opt/facevalence
ENV PATH=/opt/facevalence/bin:$PATH
WORKDIR /src
COPY pyproject.toml constraints.txt README.md LICENSE ./
COPY facevalence ./facevalence
# torch first, from the index that matches the hardware (PyPI's default Linux wheel pulls CUDA);
# constraints.txt pins the version (torch==2.13.0) for every other install
RUN pip install -q --index-url "${TORCH_INDEX}" -c constraints.txt torch \
    && pip install -q -c constraints.txt . \
    && facevalence --version
# results that do not fit a row (arrays, checkpoints) go to the shared object store
ENV FACEVALENCE_DATA_DIR=/data
VOLUME ["/data"]
ENTRYPOINT ["facevalence"]
CMD ["worker", "--max-idle", "600"]
