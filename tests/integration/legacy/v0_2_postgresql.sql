--
-- PostgreSQL database dump
--


-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: fvsnap_correlation; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_correlation;


--
-- Name: fvsnap_deep; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_deep;


--
-- Name: fvsnap_face; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_face;


--
-- Name: fvsnap_kinematics; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_kinematics;


--
-- Name: fvsnap_models; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_models;


--
-- Name: fvsnap_opto; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_opto;


--
-- Name: fvsnap_photometry; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_photometry;


--
-- Name: fvsnap_session; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA fvsnap_session;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: #correlation_params; Type: TABLE; Schema: fvsnap_correlation; Owner: -
--

CREATE TABLE fvsnap_correlation."#correlation_params" (
    corr_paramset smallint NOT NULL,
    window_s double precision NOT NULL,
    rate_hz double precision NOT NULL,
    n_shuffles integer NOT NULL,
    baseline_s double precision,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#correlation_params".corr_paramset; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation."#correlation_params".corr_paramset IS ':int16:';


--
-- Name: COLUMN "#correlation_params".window_s; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation."#correlation_params".window_s IS ':float64:seconds after onset';


--
-- Name: COLUMN "#correlation_params".rate_hz; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation."#correlation_params".rate_hz IS ':float64:common clock for both signals';


--
-- Name: COLUMN "#correlation_params".n_shuffles; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation."#correlation_params".n_shuffles IS ':int32:';


--
-- Name: COLUMN "#correlation_params".baseline_s; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation."#correlation_params".baseline_s IS ':float64:both signals taken relative to their mean over this pre-onset time; NULL: raw';


--
-- Name: COLUMN "#correlation_params".description; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation."#correlation_params".description IS ':varchar(255):';


--
-- Name: __face_neural_correlation; Type: TABLE; Schema: fvsnap_correlation; Owner: -
--

CREATE TABLE fvsnap_correlation.__face_neural_correlation (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    phot_paramset smallint NOT NULL,
    stimulus character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    corr_paramset smallint NOT NULL,
    similarity_kind character varying(16) NOT NULL,
    rho double precision,
    p_value double precision,
    p_shuffle double precision,
    n integer NOT NULL,
    slope double precision,
    slope_ci_low double precision,
    slope_ci_high double precision,
    intercept double precision,
    stats bytea NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __face_neural_correlation; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON TABLE fvsnap_correlation.__face_neural_correlation IS 'Spearman rho between z-scored dF/F and the similarity to the stimulus''s valence prototype,';


--
-- Name: COLUMN __face_neural_correlation.similarity_kind; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.similarity_kind IS ':varchar(16):positive | negative | difference (neutral stimuli)';


--
-- Name: COLUMN __face_neural_correlation.rho; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.rho IS ':float64:NULL when a signal is constant or fewer than 3 samples';


--
-- Name: COLUMN __face_neural_correlation.p_value; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.p_value IS ':float64:';


--
-- Name: COLUMN __face_neural_correlation.p_shuffle; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.p_shuffle IS ':float64:one-sided: rho larger than with shuffled pairs';


--
-- Name: COLUMN __face_neural_correlation.n; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.n IS ':int32:samples pooled over trials';


--
-- Name: COLUMN __face_neural_correlation.slope; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.slope IS ':float64:least-squares line of similarity on z-scored dF/F';


--
-- Name: COLUMN __face_neural_correlation.slope_ci_low; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.slope_ci_low IS ':float64:95-percent confidence interval of the slope';


--
-- Name: COLUMN __face_neural_correlation.slope_ci_high; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.slope_ci_high IS ':float64:';


--
-- Name: COLUMN __face_neural_correlation.intercept; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.intercept IS ':float64:';


--
-- Name: COLUMN __face_neural_correlation.stats; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation.stats IS ':<blob>:the tidy record, with a summary of the shuffled rhos';


--
-- Name: COLUMN __face_neural_correlation._job_start_time; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __face_neural_correlation._job_duration; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __face_neural_correlation._job_version; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_correlation._job_version IS ':varchar(64):code version';


--
-- Name: __face_neural_pattern; Type: TABLE; Schema: fvsnap_correlation; Owner: -
--

CREATE TABLE fvsnap_correlation.__face_neural_pattern (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    phot_paramset smallint NOT NULL,
    corr_paramset smallint NOT NULL,
    n_sessions integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __face_neural_pattern; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON TABLE fvsnap_correlation.__face_neural_pattern IS 'Fig. 7A-B: per neuron type and valence, every trial of every session pooled (z-scored dF/F';


--
-- Name: COLUMN __face_neural_pattern.n_sessions; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern.n_sessions IS ':int32:';


--
-- Name: COLUMN __face_neural_pattern._job_start_time; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __face_neural_pattern._job_duration; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __face_neural_pattern._job_version; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern._job_version IS ':varchar(64):code version';


--
-- Name: __face_neural_pattern__cell_type_valence; Type: TABLE; Schema: fvsnap_correlation; Owner: -
--

CREATE TABLE fvsnap_correlation.__face_neural_pattern__cell_type_valence (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint CONSTRAINT __face_neural_pattern__cell_type_valenc_proto_paramset_not_null NOT NULL,
    phot_paramset smallint NOT NULL,
    corr_paramset smallint NOT NULL,
    cell_type character varying(16) NOT NULL,
    valence_name character varying(16) NOT NULL,
    n_sessions integer NOT NULL,
    rho double precision,
    p_value double precision,
    p_shuffle double precision,
    n integer NOT NULL,
    slope double precision,
    slope_ci_low double precision,
    slope_ci_high double precision,
    intercept double precision,
    stats bytea NOT NULL
);


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.cell_type; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.cell_type IS ':varchar(16):';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.valence_name; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.valence_name IS ':varchar(16):';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.n_sessions; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.n_sessions IS ':int32:';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.rho; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.rho IS ':float64:NULL when a signal is constant or fewer than 3 samples';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.p_value; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.p_value IS ':float64:';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.p_shuffle; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.p_shuffle IS ':float64:one-sided: rho larger than with shuffled pairs';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.n; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.n IS ':int32:samples pooled over trials';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.slope; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.slope IS ':float64:least-squares line of similarity on z-scored dF/F';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.slope_ci_low; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.slope_ci_low IS ':float64:95-percent confidence interval of the slope';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.slope_ci_high; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.slope_ci_high IS ':float64:';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.intercept; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.intercept IS ':float64:';


--
-- Name: COLUMN __face_neural_pattern__cell_type_valence.stats; Type: COMMENT; Schema: fvsnap_correlation; Owner: -
--

COMMENT ON COLUMN fvsnap_correlation.__face_neural_pattern__cell_type_valence.stats IS ':<blob>:the tidy record, with a summary of the shuffled rhos';


--
-- Name: __face_neural_pattern__source; Type: TABLE; Schema: fvsnap_correlation; Owner: -
--

CREATE TABLE fvsnap_correlation.__face_neural_pattern__source (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    phot_paramset smallint NOT NULL,
    corr_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    stimulus character varying(32) NOT NULL
);


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_correlation; Owner: -
--

CREATE TABLE fvsnap_correlation."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: #grad_c_a_m_model; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep."#grad_c_a_m_model" (
    cam_model character varying(16) NOT NULL,
    explained character varying(255) NOT NULL
);


--
-- Name: COLUMN "#grad_c_a_m_model".cam_model; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#grad_c_a_m_model".cam_model IS ':varchar(16):';


--
-- Name: COLUMN "#grad_c_a_m_model".explained; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#grad_c_a_m_model".explained IS ':varchar(255):';


--
-- Name: #model_params; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep."#model_params" (
    model_paramset smallint NOT NULL,
    image_size smallint NOT NULL,
    crop_margin double precision NOT NULL,
    post_s double precision NOT NULL,
    neutral_s double precision NOT NULL,
    frame_step smallint NOT NULL,
    neutral_step smallint NOT NULL,
    epochs smallint NOT NULL,
    batch smallint NOT NULL,
    lr double precision NOT NULL,
    momentum double precision NOT NULL,
    weight_decay double precision NOT NULL,
    val_fraction double precision NOT NULL,
    siamese_pairs integer NOT NULL,
    siamese_test_mice smallint NOT NULL,
    siamese_epochs smallint NOT NULL,
    occlusion_folds smallint NOT NULL,
    occlusion_epochs smallint NOT NULL,
    occlusion_step smallint NOT NULL,
    mask_dilate_px smallint NOT NULL,
    gradcam_frames smallint NOT NULL,
    kin_paramset smallint NOT NULL,
    seed integer NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    registered boolean DEFAULT false NOT NULL
);


--
-- Name: COLUMN "#model_params".model_paramset; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".model_paramset IS ':int16:';


--
-- Name: COLUMN "#model_params".image_size; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".image_size IS ':int16:px, square face crop fed to ResNet18';


--
-- Name: COLUMN "#model_params".crop_margin; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".crop_margin IS ':float64:face box grown by this x its side on each edge';


--
-- Name: COLUMN "#model_params".post_s; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".post_s IS ':float64:stimulus frames: 0..post_s after onset';


--
-- Name: COLUMN "#model_params".neutral_s; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".neutral_s IS ':float64:neutral frames: -neutral_s..0 before onset';


--
-- Name: COLUMN "#model_params".frame_step; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".frame_step IS ':int16:every frame_step-th stimulus frame';


--
-- Name: COLUMN "#model_params".neutral_step; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".neutral_step IS ':int16:every neutral_step-th neutral frame';


--
-- Name: COLUMN "#model_params".epochs; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".epochs IS ':int16:';


--
-- Name: COLUMN "#model_params".batch; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".batch IS ':int16:';


--
-- Name: COLUMN "#model_params".lr; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".lr IS ':float64:';


--
-- Name: COLUMN "#model_params".momentum; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".momentum IS ':float64:';


--
-- Name: COLUMN "#model_params".weight_decay; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".weight_decay IS ':float64:';


--
-- Name: COLUMN "#model_params".val_fraction; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".val_fraction IS ':float64:of the non-test trials, by trial';


--
-- Name: COLUMN "#model_params".siamese_pairs; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".siamese_pairs IS ':int32:training pairs of each kind (similar, dissimilar)';


--
-- Name: COLUMN "#model_params".siamese_test_mice; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".siamese_test_mice IS ':int16:mice held out for the Siamese test (split by mouse)';


--
-- Name: COLUMN "#model_params".siamese_epochs; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".siamese_epochs IS ':int16:';


--
-- Name: COLUMN "#model_params".occlusion_folds; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".occlusion_folds IS ':int16:k-fold CV by trial per occluded region';


--
-- Name: COLUMN "#model_params".occlusion_epochs; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".occlusion_epochs IS ':int16:';


--
-- Name: COLUMN "#model_params".occlusion_step; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".occlusion_step IS ':int16:every k-th frame of the dataset in the occlusion runs';


--
-- Name: COLUMN "#model_params".mask_dilate_px; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".mask_dilate_px IS ':int16:region masks grown by this many px (at image_size)';


--
-- Name: COLUMN "#model_params".gradcam_frames; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".gradcam_frames IS ':int16:test frames per stimulus averaged into a Grad-CAM map';


--
-- Name: COLUMN "#model_params".kin_paramset; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".kin_paramset IS ':int16:FaceFeatures whose keypoints place the face box and the masks';


--
-- Name: COLUMN "#model_params".seed; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".seed IS ':int32:';


--
-- Name: COLUMN "#model_params".description; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".description IS ':varchar(255):';


--
-- Name: COLUMN "#model_params".registered; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep."#model_params".registered IS ':bool:1: frames registered onto the template face first; 0: each session''s own frames';


--
-- Name: __classifier_training; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__classifier_training (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    chance double precision NOT NULL,
    test_accuracy double precision NOT NULL,
    shuffled_accuracy double precision NOT NULL,
    cross_mouse double precision,
    held_out_mouse character varying(32) DEFAULT ''::character varying NOT NULL,
    stats bytea NOT NULL,
    history bytea NOT NULL,
    initial character varying(255) NOT NULL,
    device character varying(16) NOT NULL,
    train_seconds double precision NOT NULL,
    images_per_s double precision NOT NULL,
    checkpoint jsonb NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __classifier_training; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON TABLE fvsnap_deep.__classifier_training IS 'Fig. 1D-E / S2: ResNet18 stimulus classifier (stimuli + neutral) on the trial-level split, with a';


--
-- Name: COLUMN __classifier_training.chance; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.chance IS ':float64:1 / number of classes';


--
-- Name: COLUMN __classifier_training.test_accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.test_accuracy IS ':float64:held-out test trials, frame-wise';


--
-- Name: COLUMN __classifier_training.shuffled_accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.shuffled_accuracy IS ':float64:same, network trained on shuffled labels';


--
-- Name: COLUMN __classifier_training.cross_mouse; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.cross_mouse IS ':float64:frame-wise accuracy on the held-out mouse';


--
-- Name: COLUMN __classifier_training.held_out_mouse; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.held_out_mouse IS ':varchar(32):';


--
-- Name: COLUMN __classifier_training.stats; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.stats IS ':<blob>:Welch t of per-mouse test accuracy, real vs shuffled';


--
-- Name: COLUMN __classifier_training.history; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.history IS ':<blob>:per epoch: loss, train acc, val acc';


--
-- Name: COLUMN __classifier_training.initial; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.initial IS ':varchar(255):scratch, or the ImageNet checkpoint and its sha256';


--
-- Name: COLUMN __classifier_training.device; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.device IS ':varchar(16):';


--
-- Name: COLUMN __classifier_training.train_seconds; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.train_seconds IS ':float64:';


--
-- Name: COLUMN __classifier_training.images_per_s; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.images_per_s IS ':float64:training throughput (augmented forward + backward)';


--
-- Name: COLUMN __classifier_training.checkpoint; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training.checkpoint IS ':<object@facevalence>:trained state_dict (torch.save)';


--
-- Name: COLUMN __classifier_training._job_start_time; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __classifier_training._job_duration; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __classifier_training._job_version; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training._job_version IS ':varchar(64):code version';


--
-- Name: __classifier_training__per_mouse; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__classifier_training__per_mouse (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    run character varying(16) NOT NULL,
    subject_id character varying(32) NOT NULL,
    accuracy double precision NOT NULL,
    n_test integer NOT NULL
);


--
-- Name: COLUMN __classifier_training__per_mouse.accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training__per_mouse.accuracy IS ':float64:';


--
-- Name: COLUMN __classifier_training__per_mouse.n_test; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training__per_mouse.n_test IS ':int32:';


--
-- Name: __classifier_training__run; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__classifier_training__run (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    run character varying(16) NOT NULL,
    accuracy double precision NOT NULL,
    n_test integer NOT NULL,
    confusion bytea NOT NULL
);


--
-- Name: COLUMN __classifier_training__run.run; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training__run.run IS ':varchar(16):real | shuffled | cross-mouse';


--
-- Name: COLUMN __classifier_training__run.accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training__run.accuracy IS ':float64:';


--
-- Name: COLUMN __classifier_training__run.n_test; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training__run.n_test IS ':int32:frames';


--
-- Name: COLUMN __classifier_training__run.confusion; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__classifier_training__run.confusion IS ':<blob>:(classes x classes) frame counts, rows = truth';


--
-- Name: __deep_dataset; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__deep_dataset (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    classes bytea NOT NULL,
    n_frames integer NOT NULL,
    n_trials integer NOT NULL,
    box bytea NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __deep_dataset; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON TABLE fvsnap_deep.__deep_dataset IS 'The frames the deep models see: laser-off trials of every registered analysis session with pose';


--
-- Name: COLUMN __deep_dataset.classes; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset.classes IS ':<blob>:class names (the stimuli + neutral), index = target';


--
-- Name: COLUMN __deep_dataset.n_frames; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset.n_frames IS ':int32:';


--
-- Name: COLUMN __deep_dataset.n_trials; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset.n_trials IS ':int32:';


--
-- Name: COLUMN __deep_dataset.box; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset.box IS ':<blob>:(x0, y0, side) of the face crop, template px (registered) or one per session';


--
-- Name: COLUMN __deep_dataset._job_start_time; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __deep_dataset._job_duration; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __deep_dataset._job_version; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset._job_version IS ':varchar(64):code version';


--
-- Name: __deep_dataset__mask; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__deep_dataset__mask (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    region character varying(16) NOT NULL,
    mask jsonb NOT NULL,
    area double precision NOT NULL
);


--
-- Name: COLUMN __deep_dataset__mask.region; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__mask.region IS ':varchar(16):';


--
-- Name: COLUMN __deep_dataset__mask.mask; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__mask.mask IS ':<npy@facevalence>:(image_size, image_size) bool';


--
-- Name: COLUMN __deep_dataset__mask.area; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__mask.area IS ':float64:fraction of the image';


--
-- Name: __deep_dataset__session; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__deep_dataset__session (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    matrix bytea NOT NULL,
    frame_index jsonb NOT NULL,
    trial_id jsonb NOT NULL,
    label bytea NOT NULL
);


--
-- Name: COLUMN __deep_dataset__session.matrix; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__session.matrix IS ':<blob>:2 x 3: session px -> crop px at image_size';


--
-- Name: COLUMN __deep_dataset__session.frame_index; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__session.frame_index IS ':<npy@facevalence>:video frame of each sample';


--
-- Name: COLUMN __deep_dataset__session.trial_id; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__session.trial_id IS ':<npy@facevalence>:its trial';


--
-- Name: COLUMN __deep_dataset__session.label; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__session.label IS ':<blob>:its class name';


--
-- Name: __deep_dataset__trial_role; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__deep_dataset__trial_role (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    trial_id integer NOT NULL,
    role character varying(8) NOT NULL
);


--
-- Name: COLUMN __deep_dataset__trial_role.role; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__deep_dataset__trial_role.role IS ':varchar(8):train | val | test (one held-out test trial per stimulus per mouse)';


--
-- Name: __grad_c_a_m_map; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__grad_c_a_m_map (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    cam_model character varying(16) NOT NULL,
    animated_share double precision NOT NULL,
    background_share double precision NOT NULL,
    animated_enrichment double precision NOT NULL,
    background_enrichment double precision NOT NULL,
    regions bytea NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __grad_c_a_m_map; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON TABLE fvsnap_deep.__grad_c_a_m_map IS 'Fig. 1F / 2C: Grad-CAM on the last conv block (layer4), averaged per stimulus (classifier) or per';


--
-- Name: COLUMN __grad_c_a_m_map.animated_share; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map.animated_share IS ':float64:share of the mass on the ears + mouth';


--
-- Name: COLUMN __grad_c_a_m_map.background_share; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map.background_share IS ':float64:share of the mass outside the keypoints'' hull';


--
-- Name: COLUMN __grad_c_a_m_map.animated_enrichment; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map.animated_enrichment IS ':float64:animated_share / the ears'' + mouth''s share of the image';


--
-- Name: COLUMN __grad_c_a_m_map.background_enrichment; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map.background_enrichment IS ':float64:background_share / the background''s share of the image';


--
-- Name: COLUMN __grad_c_a_m_map.regions; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map.regions IS ':<blob>:region -> {mass, area, enrichment} over all maps';


--
-- Name: COLUMN __grad_c_a_m_map._job_start_time; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __grad_c_a_m_map._job_duration; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __grad_c_a_m_map._job_version; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map._job_version IS ':varchar(64):code version';


--
-- Name: __grad_c_a_m_map__map; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__grad_c_a_m_map__map (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    cam_model character varying(16) NOT NULL,
    label character varying(32) NOT NULL,
    heatmap jsonb NOT NULL,
    mean_frame jsonb NOT NULL,
    n_frames integer NOT NULL,
    regions bytea NOT NULL
);


--
-- Name: COLUMN __grad_c_a_m_map__map.label; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map__map.label IS ':varchar(32):stimulus | same valence | different valence';


--
-- Name: COLUMN __grad_c_a_m_map__map.heatmap; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map__map.heatmap IS ':<npy@facevalence>:(size, size) float32 in [0, 1], mean over frames';


--
-- Name: COLUMN __grad_c_a_m_map__map.mean_frame; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map__map.mean_frame IS ':<npy@facevalence>:(size, size) uint8, the frames'' mean';


--
-- Name: COLUMN __grad_c_a_m_map__map.n_frames; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map__map.n_frames IS ':int32:';


--
-- Name: COLUMN __grad_c_a_m_map__map.regions; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__grad_c_a_m_map__map.regions IS ':<blob>:';


--
-- Name: __occlusion_result; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__occlusion_result (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    n_folds integer NOT NULL,
    n_frames integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __occlusion_result; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON TABLE fvsnap_deep.__occlusion_result IS 'Fig. S5D-E: occlusion sensitivity. One classifier per occluded region (ear, mouth, eye, whisker,';


--
-- Name: COLUMN __occlusion_result.n_folds; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result.n_folds IS ':int32:';


--
-- Name: COLUMN __occlusion_result.n_frames; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result.n_frames IS ':int32:';


--
-- Name: COLUMN __occlusion_result._job_start_time; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __occlusion_result._job_duration; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __occlusion_result._job_version; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result._job_version IS ':varchar(64):code version';


--
-- Name: __occlusion_result__region; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__occlusion_result__region (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    region character varying(16) NOT NULL,
    mean_accuracy double precision NOT NULL,
    sem_accuracy double precision NOT NULL,
    drop double precision NOT NULL,
    fold_accuracy bytea NOT NULL,
    area double precision NOT NULL,
    stats bytea NOT NULL
);


--
-- Name: COLUMN __occlusion_result__region.region; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.region IS ':varchar(16):';


--
-- Name: COLUMN __occlusion_result__region.mean_accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.mean_accuracy IS ':float64:';


--
-- Name: COLUMN __occlusion_result__region.sem_accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.sem_accuracy IS ':float64:';


--
-- Name: COLUMN __occlusion_result__region.drop; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.drop IS ':float64:accuracy with nothing occluded minus this (mean over folds)';


--
-- Name: COLUMN __occlusion_result__region.fold_accuracy; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.fold_accuracy IS ':<blob>:';


--
-- Name: COLUMN __occlusion_result__region.area; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.area IS ':float64:fraction of the image occluded';


--
-- Name: COLUMN __occlusion_result__region.stats; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__occlusion_result__region.stats IS ':<blob>:paired Wilcoxon over folds vs nothing occluded';


--
-- Name: __siamese_training; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.__siamese_training (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    train_mice bytea NOT NULL,
    test_mice bytea NOT NULL,
    margin double precision NOT NULL,
    n_train_pairs integer NOT NULL,
    "similar" bytea NOT NULL,
    dissimilar bytea NOT NULL,
    stats bytea NOT NULL,
    history bytea NOT NULL,
    initial character varying(255) NOT NULL,
    device character varying(16) NOT NULL,
    train_seconds double precision NOT NULL,
    checkpoint jsonb NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __siamese_training; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON TABLE fvsnap_deep.__siamese_training IS 'Fig. 2A-B: Siamese ResNet18 (shared backbone, 512-d embedding, Euclidean distance, contrastive loss);';


--
-- Name: COLUMN __siamese_training.train_mice; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.train_mice IS ':<blob>:';


--
-- Name: COLUMN __siamese_training.test_mice; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.test_mice IS ':<blob>:';


--
-- Name: COLUMN __siamese_training.margin; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.margin IS ':float64:contrastive margin = mean pair distance of the untrained network';


--
-- Name: COLUMN __siamese_training.n_train_pairs; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.n_train_pairs IS ':int32:';


--
-- Name: COLUMN __siamese_training."similar"; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training."similar" IS ':<blob>:test-pair distances, similar pairs';


--
-- Name: COLUMN __siamese_training.dissimilar; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.dissimilar IS ':<blob>:test-pair distances, dissimilar pairs';


--
-- Name: COLUMN __siamese_training.stats; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.stats IS ':<blob>:Welch t dissimilar vs similar; and the same with shuffled pair labels';


--
-- Name: COLUMN __siamese_training.history; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.history IS ':<blob>:';


--
-- Name: COLUMN __siamese_training.initial; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.initial IS ':varchar(255):';


--
-- Name: COLUMN __siamese_training.device; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.device IS ':varchar(16):';


--
-- Name: COLUMN __siamese_training.train_seconds; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.train_seconds IS ':float64:';


--
-- Name: COLUMN __siamese_training.checkpoint; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training.checkpoint IS ':<object@facevalence>:';


--
-- Name: COLUMN __siamese_training._job_start_time; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __siamese_training._job_duration; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __siamese_training._job_version; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.__siamese_training._job_version IS ':varchar(64):code version';


--
-- Name: model_selection; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep.model_selection (
    model_paramset smallint NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    weights character varying(1024) DEFAULT ''::character varying NOT NULL,
    weights_sha256 character varying(64) DEFAULT ''::character varying NOT NULL,
    _prov jsonb
);


--
-- Name: TABLE model_selection; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON TABLE fvsnap_deep.model_selection IS 'A deep-model run to make: parameters x registration onto the template face (+ optional ImageNet weights)';


--
-- Name: COLUMN model_selection.weights; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.model_selection.weights IS ':varchar(1024):torchvision-format ResNet18 checkpoint; '''' = train from scratch';


--
-- Name: COLUMN model_selection.weights_sha256; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.model_selection.weights_sha256 IS ':varchar(64):';


--
-- Name: COLUMN model_selection._prov; Type: COMMENT; Schema: fvsnap_deep; Owner: -
--

COMMENT ON COLUMN fvsnap_deep.model_selection._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_deep; Owner: -
--

CREATE TABLE fvsnap_deep."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: #drug_window_params; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."#drug_window_params" (
    drug_paramset smallint NOT NULL,
    baseline_s double precision NOT NULL,
    windows bytea NOT NULL,
    threshold_sd double precision NOT NULL,
    bin_s double precision NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#drug_window_params".drug_paramset; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#drug_window_params".drug_paramset IS ':int16:';


--
-- Name: COLUMN "#drug_window_params".baseline_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#drug_window_params".baseline_s IS ':float64:baseline window: this many seconds before the injection';


--
-- Name: COLUMN "#drug_window_params".windows; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#drug_window_params".windows IS ':<blob>:[(name, start_s, stop_s)] relative to the injection';


--
-- Name: COLUMN "#drug_window_params".threshold_sd; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#drug_window_params".threshold_sd IS ':float64:a frame is positive/negative beyond this many baseline SDs of sim+ - sim-';


--
-- Name: COLUMN "#drug_window_params".bin_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#drug_window_params".bin_s IS ':float64:time-course bin';


--
-- Name: COLUMN "#drug_window_params".description; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#drug_window_params".description IS ':varchar(255):';


--
-- Name: #embedding_params; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."#embedding_params" (
    emb_paramset smallint NOT NULL,
    n_pca smallint NOT NULL,
    n_neighbors smallint NOT NULL,
    n_clusters smallint NOT NULL,
    seed integer NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#embedding_params".emb_paramset; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#embedding_params".emb_paramset IS ':int16:';


--
-- Name: COLUMN "#embedding_params".n_pca; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#embedding_params".n_pca IS ':int16:PCA components (fewer when a session has fewer frames)';


--
-- Name: COLUMN "#embedding_params".n_neighbors; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#embedding_params".n_neighbors IS ':int16:UMAP neighbours';


--
-- Name: COLUMN "#embedding_params".n_clusters; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#embedding_params".n_clusters IS ':int16:k-means clusters';


--
-- Name: COLUMN "#embedding_params".seed; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#embedding_params".seed IS ':int32:';


--
-- Name: COLUMN "#embedding_params".description; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#embedding_params".description IS ':varchar(255):';


--
-- Name: #h_o_g_params; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."#h_o_g_params" (
    hog_paramset smallint NOT NULL,
    resize integer NOT NULL,
    orientations smallint NOT NULL,
    pixels_per_cell smallint NOT NULL,
    block_norm character varying(16) NOT NULL,
    pre_s double precision NOT NULL,
    post_s double precision NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#h_o_g_params".hog_paramset; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".hog_paramset IS ':int16:';


--
-- Name: COLUMN "#h_o_g_params".resize; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".resize IS ':int32:frames resized to resize x resize before HOG';


--
-- Name: COLUMN "#h_o_g_params".orientations; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".orientations IS ':int16:';


--
-- Name: COLUMN "#h_o_g_params".pixels_per_cell; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".pixels_per_cell IS ':int16:';


--
-- Name: COLUMN "#h_o_g_params".block_norm; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".block_norm IS ':varchar(16):';


--
-- Name: COLUMN "#h_o_g_params".pre_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".pre_s IS ':float64:seconds of pre-stimulus (baseline) frames kept per trial';


--
-- Name: COLUMN "#h_o_g_params".post_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".post_s IS ':float64:seconds kept after the stimulus ends';


--
-- Name: COLUMN "#h_o_g_params".description; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#h_o_g_params".description IS ':varchar(255):';


--
-- Name: #motion_params; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."#motion_params" (
    motion_paramset smallint NOT NULL,
    heatmap_width smallint NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#motion_params".motion_paramset; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#motion_params".motion_paramset IS ':int16:';


--
-- Name: COLUMN "#motion_params".heatmap_width; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#motion_params".heatmap_width IS ':int16:columns of the per-stimulus heatmaps (aspect ratio kept)';


--
-- Name: COLUMN "#motion_params".description; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#motion_params".description IS ':varchar(255):';


--
-- Name: #prototype_params; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."#prototype_params" (
    proto_paramset smallint NOT NULL,
    n_frames smallint NOT NULL,
    similarity character varying(16) NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#prototype_params".proto_paramset; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#prototype_params".proto_paramset IS ':int16:';


--
-- Name: COLUMN "#prototype_params".n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#prototype_params".n_frames IS ':int16:frames averaged into each subprototype';


--
-- Name: COLUMN "#prototype_params".similarity; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#prototype_params".similarity IS ':varchar(16):';


--
-- Name: COLUMN "#prototype_params".description; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#prototype_params".description IS ':varchar(255):';


--
-- Name: #registration_params; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."#registration_params" (
    reg_paramset smallint NOT NULL,
    method character varying(16) NOT NULL,
    neutral_s double precision NOT NULL,
    likelihood_threshold double precision NOT NULL,
    landmarks bytea NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#registration_params".reg_paramset; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#registration_params".reg_paramset IS ':int16:';


--
-- Name: COLUMN "#registration_params".method; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#registration_params".method IS ':varchar(16):landmarks | none (identity)';


--
-- Name: COLUMN "#registration_params".neutral_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#registration_params".neutral_s IS ':float64:neutral window: this many seconds before the first stimulus';


--
-- Name: COLUMN "#registration_params".likelihood_threshold; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#registration_params".likelihood_threshold IS ':float64:';


--
-- Name: COLUMN "#registration_params".landmarks; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#registration_params".landmarks IS ':<blob>:landmark role -> keypoint name';


--
-- Name: COLUMN "#registration_params".description; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face."#registration_params".description IS ':varchar(255):';


--
-- Name: __arousal; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__arousal (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    hog_paramset smallint NOT NULL,
    trial_id integer NOT NULL,
    trough double precision,
    trough_time double precision,
    baseline double precision,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __arousal; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__arousal IS 'Arousal of a trial (Fig. 1H-I): trough of the similarity to the mean pre-stimulus HOG after onset';


--
-- Name: COLUMN __arousal.trough; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__arousal.trough IS ':float64:drop below the pre-stimulus similarity (larger = further from rest)';


--
-- Name: COLUMN __arousal.trough_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__arousal.trough_time IS ':float64:s after onset';


--
-- Name: COLUMN __arousal.baseline; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__arousal.baseline IS ':float64:mean pre-stimulus similarity (NULL: no frame before onset)';


--
-- Name: COLUMN __arousal._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__arousal._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __arousal._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__arousal._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __arousal._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__arousal._job_version IS ':varchar(64):code version';


--
-- Name: __cumulative_similarity; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__cumulative_similarity (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    valence character varying(16) NOT NULL,
    mean_cum_positive double precision NOT NULL,
    mean_cum_negative double precision NOT NULL,
    test character varying(64) NOT NULL,
    statistic double precision,
    p_value double precision,
    n integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __cumulative_similarity; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__cumulative_similarity IS 'Fig. 2H-I: per-trial cumulative similarity to the positive vs the negative prototype, paired';


--
-- Name: COLUMN __cumulative_similarity.mean_cum_positive; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity.mean_cum_positive IS ':float64:';


--
-- Name: COLUMN __cumulative_similarity.mean_cum_negative; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity.mean_cum_negative IS ':float64:';


--
-- Name: COLUMN __cumulative_similarity.test; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity.test IS ':varchar(64):';


--
-- Name: COLUMN __cumulative_similarity.statistic; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity.statistic IS ':float64:NULL when fewer than 2 trials or no difference';


--
-- Name: COLUMN __cumulative_similarity.p_value; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity.p_value IS ':float64:';


--
-- Name: COLUMN __cumulative_similarity.n; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity.n IS ':int32:trials';


--
-- Name: COLUMN __cumulative_similarity._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __cumulative_similarity._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __cumulative_similarity._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__cumulative_similarity._job_version IS ':varchar(64):code version';


--
-- Name: __drug_effect; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__drug_effect (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    injection_id smallint NOT NULL,
    drug_paramset smallint NOT NULL,
    drug character varying(32) NOT NULL,
    baseline_mean double precision NOT NULL,
    baseline_sd double precision NOT NULL,
    bin_start bytea NOT NULL,
    bin_difference bytea NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __drug_effect; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__drug_effect IS 'Fig. 3: a drug session''s frames against the valence prototypes, normalised to its own baseline';


--
-- Name: COLUMN __drug_effect.drug; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect.drug IS ':varchar(32):';


--
-- Name: COLUMN __drug_effect.baseline_mean; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect.baseline_mean IS ':float64:mean sim+ - sim- over the baseline window';


--
-- Name: COLUMN __drug_effect.baseline_sd; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect.baseline_sd IS ':float64:';


--
-- Name: COLUMN __drug_effect.bin_start; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect.bin_start IS ':<blob>:s relative to the injection';


--
-- Name: COLUMN __drug_effect.bin_difference; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect.bin_difference IS ':<blob>:mean baseline-normalised sim+ - sim- per bin (Fig. 3C)';


--
-- Name: COLUMN __drug_effect._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __drug_effect._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __drug_effect._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect._job_version IS ':varchar(64):code version';


--
-- Name: __drug_effect__window; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__drug_effect__window (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    injection_id smallint NOT NULL,
    drug_paramset smallint NOT NULL,
    window_name character varying(16) NOT NULL,
    start_s double precision NOT NULL,
    stop_s double precision NOT NULL,
    n_frames integer NOT NULL,
    p_positive double precision,
    p_negative double precision,
    p_positive_norm double precision,
    p_negative_norm double precision,
    difference_norm double precision,
    note character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN __drug_effect__window.window_name; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.window_name IS ':varchar(16):';


--
-- Name: COLUMN __drug_effect__window.start_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.start_s IS ':float64:relative to the injection';


--
-- Name: COLUMN __drug_effect__window.stop_s; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.stop_s IS ':float64:';


--
-- Name: COLUMN __drug_effect__window.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.n_frames IS ':int32:';


--
-- Name: COLUMN __drug_effect__window.p_positive; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.p_positive IS ':float64:proportion of frames called positive';


--
-- Name: COLUMN __drug_effect__window.p_negative; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.p_negative IS ':float64:';


--
-- Name: COLUMN __drug_effect__window.p_positive_norm; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.p_positive_norm IS ':float64:minus the baseline window''s proportion (Fig. 3D-E, G-H)';


--
-- Name: COLUMN __drug_effect__window.p_negative_norm; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.p_negative_norm IS ':float64:';


--
-- Name: COLUMN __drug_effect__window.difference_norm; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.difference_norm IS ':float64:p_positive_norm - p_negative_norm';


--
-- Name: COLUMN __drug_effect__window.note; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__drug_effect__window.note IS ':varchar(255):why a value is NULL or partial';


--
-- Name: __embedding; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__embedding (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    hog_paramset smallint NOT NULL,
    emb_paramset smallint NOT NULL,
    n_frames integer NOT NULL,
    n_components smallint NOT NULL,
    n_neighbors smallint NOT NULL,
    explained_variance bytea NOT NULL,
    coords bytea NOT NULL,
    cluster bytea NOT NULL,
    centres bytea NOT NULL,
    frame_stimulus bytea NOT NULL,
    frame_trial bytea NOT NULL,
    frame_times bytea NOT NULL,
    adjusted_rand double precision,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __embedding; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__embedding IS 'Fig. 1G: a session''s stimulus-window frames embedded (PCA -> UMAP) and clustered (k-means)';


--
-- Name: COLUMN __embedding.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.n_frames IS ':int32:';


--
-- Name: COLUMN __embedding.n_components; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.n_components IS ':int16:PCA components used';


--
-- Name: COLUMN __embedding.n_neighbors; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.n_neighbors IS ':int16:UMAP neighbours used';


--
-- Name: COLUMN __embedding.explained_variance; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.explained_variance IS ':<blob>:PCA explained-variance ratio per component';


--
-- Name: COLUMN __embedding.coords; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.coords IS ':<blob>:(n_frames, 2) float32 UMAP coordinates';


--
-- Name: COLUMN __embedding.cluster; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.cluster IS ':<blob>:(n_frames,) k-means label';


--
-- Name: COLUMN __embedding.centres; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.centres IS ':<blob>:(n_clusters, 2)';


--
-- Name: COLUMN __embedding.frame_stimulus; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.frame_stimulus IS ':<blob>:(n_frames,) stimulus of each frame';


--
-- Name: COLUMN __embedding.frame_trial; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.frame_trial IS ':<blob>:(n_frames,) trial_id of each frame';


--
-- Name: COLUMN __embedding.frame_times; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.frame_times IS ':<blob>:(n_frames,) s, session clock';


--
-- Name: COLUMN __embedding.adjusted_rand; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding.adjusted_rand IS ':float64:agreement of clusters with stimuli (1 identical, ~0 chance)';


--
-- Name: COLUMN __embedding._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __embedding._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __embedding._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__embedding._job_version IS ':varchar(64):code version';


--
-- Name: __h_o_g_features; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__h_o_g_features (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    hog_paramset smallint NOT NULL,
    n_frames integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __h_o_g_features; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__h_o_g_features IS 'HOG vectors of the unregistered frames of every trial window of a session, read in one pass over';


--
-- Name: COLUMN __h_o_g_features.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features.n_frames IS ':int32:frames with HOG vectors, all windows together';


--
-- Name: COLUMN __h_o_g_features._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __h_o_g_features._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __h_o_g_features._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features._job_version IS ':varchar(64):code version';


--
-- Name: __h_o_g_features__window; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__h_o_g_features__window (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    hog_paramset smallint NOT NULL,
    trial_id integer NOT NULL,
    n_frames integer NOT NULL,
    frame_times bytea NOT NULL,
    hog jsonb NOT NULL,
    baseline_similarity bytea NOT NULL
);


--
-- Name: COLUMN __h_o_g_features__window.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features__window.n_frames IS ':int32:';


--
-- Name: COLUMN __h_o_g_features__window.frame_times; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features__window.frame_times IS ':<blob>:s, session clock';


--
-- Name: COLUMN __h_o_g_features__window.hog; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features__window.hog IS ':<npy@facevalence>:(n_frames, 32768) float16';


--
-- Name: COLUMN __h_o_g_features__window.baseline_similarity; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__h_o_g_features__window.baseline_similarity IS ':<blob>:cosine similarity of each frame to the mean pre-onset HOG';


--
-- Name: __motion_energy; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__motion_energy (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    motion_paramset smallint NOT NULL,
    frame_times jsonb NOT NULL,
    motion jsonb NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __motion_energy; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__motion_energy IS 'Motion energy of every frame of a session (Fig. 1B, S3B)';


--
-- Name: COLUMN __motion_energy.frame_times; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy.frame_times IS ':<npy@facevalence>:';


--
-- Name: COLUMN __motion_energy.motion; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy.motion IS ':<npy@facevalence>:mean |frame_t - frame_(t-1)|, gray levels; NaN for frame 0';


--
-- Name: COLUMN __motion_energy._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __motion_energy._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __motion_energy._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy._job_version IS ':varchar(64):code version';


--
-- Name: __motion_energy__heatmap; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__motion_energy__heatmap (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    motion_paramset smallint NOT NULL,
    stimulus character varying(32) NOT NULL,
    heatmap jsonb NOT NULL,
    n_frames integer NOT NULL
);


--
-- Name: TABLE __motion_energy__heatmap; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__motion_energy__heatmap IS 'Mean per-pixel |frame_t - frame_(t-1)| over all frames inside the windows of one stimulus';


--
-- Name: COLUMN __motion_energy__heatmap.heatmap; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy__heatmap.heatmap IS ':<npy@facevalence>:';


--
-- Name: COLUMN __motion_energy__heatmap.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__motion_energy__heatmap.n_frames IS ':int32:';


--
-- Name: __prototype; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__prototype (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    positive jsonb NOT NULL,
    negative jsonb NOT NULL,
    n_trials integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __prototype; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__prototype IS 'Valence prototypes from the designated prototype mouse, excluded from every other analysis';


--
-- Name: COLUMN __prototype.positive; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype.positive IS ':<npy@facevalence>:';


--
-- Name: COLUMN __prototype.negative; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype.negative IS ':<npy@facevalence>:';


--
-- Name: COLUMN __prototype.n_trials; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype.n_trials IS ':int32:';


--
-- Name: COLUMN __prototype._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __prototype._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __prototype._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype._job_version IS ':varchar(64):code version';


--
-- Name: __prototype__source; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__prototype__source (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL
);


--
-- Name: TABLE __prototype__source; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__prototype__source IS 'every RegisteredHOG row the prototypes were built from (lineage)';


--
-- Name: __prototype__sub; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__prototype__sub (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    stimulus_name character varying(32) NOT NULL,
    valence character varying(16) NOT NULL,
    vector jsonb NOT NULL,
    n_frames integer NOT NULL,
    apex_session character varying(32) NOT NULL,
    apex_trial integer NOT NULL,
    apex_time double precision NOT NULL
);


--
-- Name: COLUMN __prototype__sub.stimulus_name; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.stimulus_name IS ':varchar(32):';


--
-- Name: COLUMN __prototype__sub.valence; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.valence IS ':varchar(16):';


--
-- Name: COLUMN __prototype__sub.vector; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.vector IS ':<npy@facevalence>:';


--
-- Name: COLUMN __prototype__sub.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.n_frames IS ':int32:';


--
-- Name: COLUMN __prototype__sub.apex_session; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.apex_session IS ':varchar(32):the stimulus''s apex frame (two-step rule, Fig. 1C): its session,';


--
-- Name: COLUMN __prototype__sub.apex_trial; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.apex_trial IS ':int32:trial ...';


--
-- Name: COLUMN __prototype__sub.apex_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype__sub.apex_time IS ':float64:... and time, s on the session clock';


--
-- Name: __prototype_score; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__prototype_score (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    n_frames integer NOT NULL,
    frame_times jsonb NOT NULL,
    sim_positive jsonb NOT NULL,
    sim_negative jsonb NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __prototype_score; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__prototype_score IS 'Per-frame cosine similarity of a whole session''s registered frames to the valence prototypes';


--
-- Name: COLUMN __prototype_score.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score.n_frames IS ':int32:';


--
-- Name: COLUMN __prototype_score.frame_times; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score.frame_times IS ':<npy@facevalence>:s, session clock';


--
-- Name: COLUMN __prototype_score.sim_positive; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score.sim_positive IS ':<npy@facevalence>:';


--
-- Name: COLUMN __prototype_score.sim_negative; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score.sim_negative IS ':<npy@facevalence>:';


--
-- Name: COLUMN __prototype_score._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __prototype_score._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __prototype_score._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score._job_version IS ':varchar(64):code version';


--
-- Name: __prototype_score__trial_score; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__prototype_score__trial_score (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    trial_id integer NOT NULL,
    mean_difference double precision NOT NULL,
    baseline_difference double precision NOT NULL,
    cum_positive double precision NOT NULL,
    cum_negative double precision NOT NULL
);


--
-- Name: COLUMN __prototype_score__trial_score.mean_difference; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score__trial_score.mean_difference IS ':float64:mean (positive - negative) over the stimulus window';


--
-- Name: COLUMN __prototype_score__trial_score.baseline_difference; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score__trial_score.baseline_difference IS ':float64:mean (positive - negative) over HOGParams.pre_s before onset';


--
-- Name: COLUMN __prototype_score__trial_score.cum_positive; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score__trial_score.cum_positive IS ':float64:sum over the stimulus window of (similarity to the positive prototype';


--
-- Name: COLUMN __prototype_score__trial_score.cum_negative; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__prototype_score__trial_score.cum_negative IS ':float64:minus its pre-stimulus mean): cumulative similarity vs baseline';


--
-- Name: __registered_h_o_g; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__registered_h_o_g (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    n_frames integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __registered_h_o_g; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__registered_h_o_g IS 'HOG vectors of the prototype mouse''s trial windows registered onto the template face (its first';


--
-- Name: COLUMN __registered_h_o_g.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g.n_frames IS ':int32:frames with HOG vectors, all windows together';


--
-- Name: COLUMN __registered_h_o_g._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __registered_h_o_g._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __registered_h_o_g._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g._job_version IS ':varchar(64):code version';


--
-- Name: __registered_h_o_g__window; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__registered_h_o_g__window (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    trial_id integer NOT NULL,
    n_frames integer NOT NULL,
    frame_times bytea NOT NULL,
    hog jsonb NOT NULL,
    baseline_similarity bytea NOT NULL
);


--
-- Name: COLUMN __registered_h_o_g__window.n_frames; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g__window.n_frames IS ':int32:';


--
-- Name: COLUMN __registered_h_o_g__window.frame_times; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g__window.frame_times IS ':<blob>:s, session clock';


--
-- Name: COLUMN __registered_h_o_g__window.hog; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g__window.hog IS ':<npy@facevalence>:(n_frames, 32768) float16';


--
-- Name: COLUMN __registered_h_o_g__window.baseline_similarity; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registered_h_o_g__window.baseline_similarity IS ':<blob>:cosine similarity of each frame to the mean pre-onset HOG';


--
-- Name: __registration; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.__registration (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    matrix bytea NOT NULL,
    residual_px double precision NOT NULL,
    landmark_source character varying(16) NOT NULL,
    "overlay" jsonb NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __registration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.__registration IS 'Transform of a session''s frames onto the prototype mouse''s face (Fig. S3A)';


--
-- Name: COLUMN __registration.matrix; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration.matrix IS ':<blob>:2 x 3 affine: session pixels -> template pixels';


--
-- Name: COLUMN __registration.residual_px; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration.residual_px IS ':float64:RMS landmark distance after registration (0 for ''none'')';


--
-- Name: COLUMN __registration.landmark_source; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration.landmark_source IS ':varchar(16):hand-placed | deeplabcut | none';


--
-- Name: COLUMN __registration."overlay"; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration."overlay" IS ':<npy@facevalence>:red (template) / cyan (registered) neutral frames, uint8 RGB';


--
-- Name: COLUMN __registration._job_start_time; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __registration._job_duration; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __registration._job_version; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.__registration._job_version IS ':varchar(64):code version';


--
-- Name: prototype_mouse; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face.prototype_mouse (
    proto_id character varying(32) NOT NULL,
    subject_id character varying(32) NOT NULL,
    _prov jsonb
);


--
-- Name: TABLE prototype_mouse; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON TABLE fvsnap_face.prototype_mouse IS 'The designated prototype mouse (Subject.role = ''prototype''), entered at ingestion';


--
-- Name: COLUMN prototype_mouse.proto_id; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.prototype_mouse.proto_id IS ':varchar(32):';


--
-- Name: COLUMN prototype_mouse._prov; Type: COMMENT; Schema: fvsnap_face; Owner: -
--

COMMENT ON COLUMN fvsnap_face.prototype_mouse._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_face; Owner: -
--

CREATE TABLE fvsnap_face."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: #kinematics_params; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics."#kinematics_params" (
    kin_paramset smallint NOT NULL,
    likelihood_threshold double precision NOT NULL,
    median_window smallint NOT NULL,
    baseline_s double precision NOT NULL,
    post_s double precision NOT NULL,
    latency_threshold double precision NOT NULL,
    keypoint_map bytea NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#kinematics_params".kin_paramset; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".kin_paramset IS ':int16:';


--
-- Name: COLUMN "#kinematics_params".likelihood_threshold; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".likelihood_threshold IS ':float64:';


--
-- Name: COLUMN "#kinematics_params".median_window; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".median_window IS ':int16:frames';


--
-- Name: COLUMN "#kinematics_params".baseline_s; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".baseline_s IS ':float64:pre-stimulus baseline for the proportional change';


--
-- Name: COLUMN "#kinematics_params".post_s; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".post_s IS ':float64:seconds after the stimulus ends that are kept';


--
-- Name: COLUMN "#kinematics_params".latency_threshold; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".latency_threshold IS ':float64:response latency: first time |change| reaches this fraction';


--
-- Name: COLUMN "#kinematics_params".keypoint_map; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".keypoint_map IS ':<blob>:feature role -> keypoint name (or list, mean position) in the pose';


--
-- Name: COLUMN "#kinematics_params".description; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics."#kinematics_params".description IS ':varchar(255):';


--
-- Name: __face_features; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__face_features (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    kin_paramset smallint NOT NULL,
    frame_times jsonb NOT NULL,
    feature_names bytea NOT NULL,
    features jsonb NOT NULL,
    unavailable bytea NOT NULL,
    low_confidence bytea NOT NULL,
    cleaning_log bytea NOT NULL,
    keypoint_names bytea NOT NULL,
    cleaned jsonb NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __face_features; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON TABLE fvsnap_kinematics.__face_features IS 'The ten facial features (Fig. 4-5) of every frame of a session''s cleaned pose';


--
-- Name: COLUMN __face_features.frame_times; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.frame_times IS ':<npy@facevalence>:s, session clock';


--
-- Name: COLUMN __face_features.feature_names; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.feature_names IS ':<blob>:';


--
-- Name: COLUMN __face_features.features; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.features IS ':<npy@facevalence>:(n_features, frames) float32; px or degrees';


--
-- Name: COLUMN __face_features.unavailable; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.unavailable IS ':<blob>:feature -> why this pose cannot give it';


--
-- Name: COLUMN __face_features.low_confidence; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.low_confidence IS ':<blob>:keypoint -> fraction of frames below the likelihood threshold';


--
-- Name: COLUMN __face_features.cleaning_log; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.cleaning_log IS ':<blob>:movement''s record of the cleaning steps (JSON)';


--
-- Name: COLUMN __face_features.keypoint_names; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.keypoint_names IS ':<blob>:';


--
-- Name: COLUMN __face_features.cleaned; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features.cleaned IS ':<npy@facevalence>:(frames, keypoints, 2) float32 cleaned positions, px';


--
-- Name: COLUMN __face_features._job_start_time; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __face_features._job_duration; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __face_features._job_version; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__face_features._job_version IS ':varchar(64):code version';


--
-- Name: __keypoint_p_c_a; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__keypoint_p_c_a (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    kin_paramset smallint NOT NULL,
    keypoints bytea NOT NULL,
    explained_variance bytea NOT NULL,
    components bytea NOT NULL,
    n_frames integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __keypoint_p_c_a; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON TABLE fvsnap_kinematics.__keypoint_p_c_a IS 'Fig. S4: PCA of the z-scored positions of the highest-variance keypoint of each face region';


--
-- Name: COLUMN __keypoint_p_c_a.keypoints; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a.keypoints IS ':<blob>:one per region (regions of the 37-point model)';


--
-- Name: COLUMN __keypoint_p_c_a.explained_variance; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a.explained_variance IS ':<blob>:ratio per component';


--
-- Name: COLUMN __keypoint_p_c_a.components; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a.components IS ':<blob>:(components, 2 x keypoints): x, y of each keypoint in turn';


--
-- Name: COLUMN __keypoint_p_c_a.n_frames; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a.n_frames IS ':int32:frames with every chosen keypoint';


--
-- Name: COLUMN __keypoint_p_c_a._job_start_time; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __keypoint_p_c_a._job_duration; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __keypoint_p_c_a._job_version; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__keypoint_p_c_a._job_version IS ':varchar(64):code version';


--
-- Name: __kinematic_pattern; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematic_pattern (
    kin_paramset smallint NOT NULL,
    n_sessions integer NOT NULL,
    n_trials integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __kinematic_pattern; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON TABLE fvsnap_kinematics.__kinematic_pattern IS 'Fig. 5A-E: the valence pattern of the features over every analysed trial of the cohort';


--
-- Name: COLUMN __kinematic_pattern.n_sessions; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern.n_sessions IS ':int32:';


--
-- Name: COLUMN __kinematic_pattern.n_trials; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern.n_trials IS ':int32:';


--
-- Name: COLUMN __kinematic_pattern._job_start_time; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __kinematic_pattern._job_duration; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __kinematic_pattern._job_version; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern._job_version IS ':varchar(64):code version';


--
-- Name: __kinematic_pattern__across; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematic_pattern__across (
    kin_paramset smallint NOT NULL,
    feature character varying(32) NOT NULL,
    test character varying(64) NOT NULL,
    statistic double precision,
    p_value double precision,
    n integer NOT NULL,
    dunn bytea NOT NULL
);


--
-- Name: COLUMN __kinematic_pattern__across.feature; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__across.feature IS ':varchar(32):';


--
-- Name: COLUMN __kinematic_pattern__across.test; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__across.test IS ':varchar(64):';


--
-- Name: COLUMN __kinematic_pattern__across.statistic; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__across.statistic IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__across.p_value; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__across.p_value IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__across.n; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__across.n IS ':int32:';


--
-- Name: COLUMN __kinematic_pattern__across.dunn; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__across.dunn IS ':<blob>:\"stimulus_a|stimulus_b\" -> adjusted p';


--
-- Name: __kinematic_pattern__source; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematic_pattern__source (
    kin_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL
);


--
-- Name: TABLE __kinematic_pattern__source; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON TABLE fvsnap_kinematics.__kinematic_pattern__source IS 'every Kinematics row the pattern was built from (lineage)';


--
-- Name: __kinematic_pattern__stimulus; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematic_pattern__stimulus (
    kin_paramset smallint NOT NULL,
    stimulus_name character varying(32) NOT NULL,
    feature character varying(32) NOT NULL,
    valence character varying(16) NOT NULL,
    mean_change double precision,
    median_change double precision,
    n integer NOT NULL,
    test character varying(64) NOT NULL,
    statistic double precision,
    p_value double precision
);


--
-- Name: COLUMN __kinematic_pattern__stimulus.stimulus_name; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.stimulus_name IS ':varchar(32):';


--
-- Name: COLUMN __kinematic_pattern__stimulus.feature; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.feature IS ':varchar(32):';


--
-- Name: COLUMN __kinematic_pattern__stimulus.valence; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.valence IS ':varchar(16):';


--
-- Name: COLUMN __kinematic_pattern__stimulus.mean_change; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.mean_change IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__stimulus.median_change; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.median_change IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__stimulus.n; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.n IS ':int32:';


--
-- Name: COLUMN __kinematic_pattern__stimulus.test; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.test IS ':varchar(64):';


--
-- Name: COLUMN __kinematic_pattern__stimulus.statistic; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.statistic IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__stimulus.p_value; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__stimulus.p_value IS ':float64:';


--
-- Name: __kinematic_pattern__valence; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematic_pattern__valence (
    kin_paramset smallint NOT NULL,
    valence_name character varying(16) NOT NULL,
    feature character varying(32) NOT NULL,
    mean_change double precision,
    median_change double precision,
    n integer NOT NULL,
    test character varying(64) NOT NULL,
    statistic double precision,
    p_value double precision
);


--
-- Name: COLUMN __kinematic_pattern__valence.valence_name; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.valence_name IS ':varchar(16):';


--
-- Name: COLUMN __kinematic_pattern__valence.feature; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.feature IS ':varchar(32):';


--
-- Name: COLUMN __kinematic_pattern__valence.mean_change; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.mean_change IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__valence.median_change; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.median_change IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__valence.n; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.n IS ':int32:';


--
-- Name: COLUMN __kinematic_pattern__valence.test; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.test IS ':varchar(64):';


--
-- Name: COLUMN __kinematic_pattern__valence.statistic; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.statistic IS ':float64:';


--
-- Name: COLUMN __kinematic_pattern__valence.p_value; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematic_pattern__valence.p_value IS ':float64:';


--
-- Name: __kinematics; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematics (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    kin_paramset smallint NOT NULL,
    n_trials integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __kinematics; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON TABLE fvsnap_kinematics.__kinematics IS 'Per-trial feature changes from the pre-stimulus mean (Fig. 4), every trial of a session';


--
-- Name: COLUMN __kinematics.n_trials; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics.n_trials IS ':int32:';


--
-- Name: COLUMN __kinematics._job_start_time; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __kinematics._job_duration; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __kinematics._job_version; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics._job_version IS ':varchar(64):code version';


--
-- Name: __kinematics__trial_feature; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics.__kinematics__trial_feature (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    kin_paramset smallint NOT NULL,
    trial_id integer NOT NULL,
    feature character varying(32) NOT NULL,
    times bytea NOT NULL,
    change bytea NOT NULL,
    baseline double precision,
    peak_change double precision,
    latency double precision,
    peak_vs_water double precision,
    note character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN __kinematics__trial_feature.feature; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.feature IS ':varchar(32):';


--
-- Name: COLUMN __kinematics__trial_feature.times; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.times IS ':<blob>:s relative to onset';


--
-- Name: COLUMN __kinematics__trial_feature.change; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.change IS ':<blob>:(value - baseline mean) / |baseline mean|';


--
-- Name: COLUMN __kinematics__trial_feature.baseline; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.baseline IS ':float64:mean over the baseline window (px or degrees)';


--
-- Name: COLUMN __kinematics__trial_feature.peak_change; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.peak_change IS ':float64:change of largest magnitude, onset to stimulus end + post_s';


--
-- Name: COLUMN __kinematics__trial_feature.latency; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.latency IS ':float64:s after onset when |change| first reaches the latency threshold';


--
-- Name: COLUMN __kinematics__trial_feature.peak_vs_water; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.peak_vs_water IS ':float64:Fig. 4: peak_change minus that of the temporally nearest water trial';


--
-- Name: COLUMN __kinematics__trial_feature.note; Type: COMMENT; Schema: fvsnap_kinematics; Owner: -
--

COMMENT ON COLUMN fvsnap_kinematics.__kinematics__trial_feature.note IS ':varchar(255):why a value is NULL';


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_kinematics; Owner: -
--

CREATE TABLE fvsnap_kinematics."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: #pose_decoding_params; Type: TABLE; Schema: fvsnap_models; Owner: -
--

CREATE TABLE fvsnap_models."#pose_decoding_params" (
    decode_paramset smallint NOT NULL,
    regions bytea NOT NULL,
    n_keypoints smallint NOT NULL,
    pre_s double precision NOT NULL,
    post_s double precision NOT NULL,
    step smallint NOT NULL,
    hidden smallint NOT NULL,
    layers smallint NOT NULL,
    dropout double precision NOT NULL,
    epochs smallint NOT NULL,
    lr double precision NOT NULL,
    batch smallint NOT NULL,
    n_folds smallint NOT NULL,
    seed integer NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#pose_decoding_params".decode_paramset; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".decode_paramset IS ':int16:';


--
-- Name: COLUMN "#pose_decoding_params".regions; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".regions IS ':<blob>:region -> keypoint names (4 of highest variance are used; ''mixed'' added)';


--
-- Name: COLUMN "#pose_decoding_params".n_keypoints; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".n_keypoints IS ':int16:';


--
-- Name: COLUMN "#pose_decoding_params".pre_s; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".pre_s IS ':float64:window before onset';


--
-- Name: COLUMN "#pose_decoding_params".post_s; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".post_s IS ':float64:window after onset';


--
-- Name: COLUMN "#pose_decoding_params".step; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".step IS ':int16:every step-th frame';


--
-- Name: COLUMN "#pose_decoding_params".hidden; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".hidden IS ':int16:';


--
-- Name: COLUMN "#pose_decoding_params".layers; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".layers IS ':int16:';


--
-- Name: COLUMN "#pose_decoding_params".dropout; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".dropout IS ':float64:';


--
-- Name: COLUMN "#pose_decoding_params".epochs; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".epochs IS ':int16:';


--
-- Name: COLUMN "#pose_decoding_params".lr; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".lr IS ':float64:';


--
-- Name: COLUMN "#pose_decoding_params".batch; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".batch IS ':int16:';


--
-- Name: COLUMN "#pose_decoding_params".n_folds; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".n_folds IS ':int16:capped by the trials of the smallest class';


--
-- Name: COLUMN "#pose_decoding_params".seed; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".seed IS ':int32:';


--
-- Name: COLUMN "#pose_decoding_params".description; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models."#pose_decoding_params".description IS ':varchar(255):';


--
-- Name: __pose_decoding; Type: TABLE; Schema: fvsnap_models; Owner: -
--

CREATE TABLE fvsnap_models.__pose_decoding (
    kin_paramset smallint NOT NULL,
    decode_paramset smallint NOT NULL,
    n_trials integer NOT NULL,
    classes bytea NOT NULL,
    chance double precision NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __pose_decoding; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON TABLE fvsnap_models.__pose_decoding IS 'Fig. 5G: LSTM decoding of the stimulus from each region''s keypoint trajectories, every analysed';


--
-- Name: COLUMN __pose_decoding.n_trials; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding.n_trials IS ':int32:';


--
-- Name: COLUMN __pose_decoding.classes; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding.classes IS ':<blob>:';


--
-- Name: COLUMN __pose_decoding.chance; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding.chance IS ':float64:1 / number of classes';


--
-- Name: COLUMN __pose_decoding._job_start_time; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __pose_decoding._job_duration; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __pose_decoding._job_version; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding._job_version IS ':varchar(64):code version';


--
-- Name: __pose_decoding__fold; Type: TABLE; Schema: fvsnap_models; Owner: -
--

CREATE TABLE fvsnap_models.__pose_decoding__fold (
    kin_paramset smallint NOT NULL,
    decode_paramset smallint NOT NULL,
    region character varying(16) NOT NULL,
    fold smallint NOT NULL,
    accuracy double precision NOT NULL,
    n_test integer NOT NULL,
    test_trials bytea NOT NULL
);


--
-- Name: COLUMN __pose_decoding__fold.fold; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__fold.fold IS ':int16:';


--
-- Name: COLUMN __pose_decoding__fold.accuracy; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__fold.accuracy IS ':float64:';


--
-- Name: COLUMN __pose_decoding__fold.n_test; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__fold.n_test IS ':int32:';


--
-- Name: COLUMN __pose_decoding__fold.test_trials; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__fold.test_trials IS ':<blob>:\"subject/session/trial\" of the held-out trials';


--
-- Name: __pose_decoding__region; Type: TABLE; Schema: fvsnap_models; Owner: -
--

CREATE TABLE fvsnap_models.__pose_decoding__region (
    kin_paramset smallint NOT NULL,
    decode_paramset smallint NOT NULL,
    region character varying(16) NOT NULL,
    keypoints bytea NOT NULL,
    mean_accuracy double precision NOT NULL,
    sem_accuracy double precision NOT NULL,
    n_folds smallint NOT NULL,
    confusion bytea NOT NULL
);


--
-- Name: COLUMN __pose_decoding__region.region; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__region.region IS ':varchar(16):';


--
-- Name: COLUMN __pose_decoding__region.keypoints; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__region.keypoints IS ':<blob>:the keypoints used';


--
-- Name: COLUMN __pose_decoding__region.mean_accuracy; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__region.mean_accuracy IS ':float64:';


--
-- Name: COLUMN __pose_decoding__region.sem_accuracy; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__region.sem_accuracy IS ':float64:';


--
-- Name: COLUMN __pose_decoding__region.n_folds; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__region.n_folds IS ':int16:';


--
-- Name: COLUMN __pose_decoding__region.confusion; Type: COMMENT; Schema: fvsnap_models; Owner: -
--

COMMENT ON COLUMN fvsnap_models.__pose_decoding__region.confusion IS ':<blob>:(classes x classes) counts, rows = truth, summed over folds';


--
-- Name: __pose_decoding__source; Type: TABLE; Schema: fvsnap_models; Owner: -
--

CREATE TABLE fvsnap_models.__pose_decoding__source (
    kin_paramset smallint NOT NULL,
    decode_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL
);


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_models; Owner: -
--

CREATE TABLE fvsnap_models."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: __opto_effect; Type: TABLE; Schema: fvsnap_opto; Owner: -
--

CREATE TABLE fvsnap_opto.__opto_effect (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    kin_paramset smallint NOT NULL,
    n_on integer NOT NULL,
    n_off integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __opto_effect; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON TABLE fvsnap_opto.__opto_effect IS 'One session with laser epochs: laser-on vs laser-off trials per measure and valence';


--
-- Name: COLUMN __opto_effect.n_on; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect.n_on IS ':int32:valenced trials with the laser on';


--
-- Name: COLUMN __opto_effect.n_off; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect.n_off IS ':int32:';


--
-- Name: COLUMN __opto_effect._job_start_time; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __opto_effect._job_duration; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __opto_effect._job_version; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect._job_version IS ':varchar(64):code version';


--
-- Name: __opto_effect__measure; Type: TABLE; Schema: fvsnap_opto; Owner: -
--

CREATE TABLE fvsnap_opto.__opto_effect__measure (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    kin_paramset smallint NOT NULL,
    measure character varying(32) NOT NULL,
    valence_name character varying(16) NOT NULL,
    n_on integer NOT NULL,
    n_off integer NOT NULL,
    median_on double precision,
    median_off double precision,
    statistic double precision,
    p_value double precision,
    stats bytea NOT NULL
);


--
-- Name: COLUMN __opto_effect__measure.measure; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.measure IS ':varchar(32):similarity_z | ear_angle | mouth_inclination';


--
-- Name: COLUMN __opto_effect__measure.valence_name; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.valence_name IS ':varchar(16):';


--
-- Name: COLUMN __opto_effect__measure.n_on; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.n_on IS ':int32:';


--
-- Name: COLUMN __opto_effect__measure.n_off; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.n_off IS ':int32:';


--
-- Name: COLUMN __opto_effect__measure.median_on; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.median_on IS ':float64:';


--
-- Name: COLUMN __opto_effect__measure.median_off; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.median_off IS ':float64:';


--
-- Name: COLUMN __opto_effect__measure.statistic; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.statistic IS ':float64:Mann-Whitney U';


--
-- Name: COLUMN __opto_effect__measure.p_value; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.p_value IS ':float64:';


--
-- Name: COLUMN __opto_effect__measure.stats; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_effect__measure.stats IS ':<blob>:the tidy record';


--
-- Name: __opto_group_effect; Type: TABLE; Schema: fvsnap_opto; Owner: -
--

CREATE TABLE fvsnap_opto.__opto_group_effect (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    kin_paramset smallint NOT NULL,
    n_sessions integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __opto_group_effect; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON TABLE fvsnap_opto.__opto_group_effect IS 'Fig. 7E-G, J-L: laser-on vs laser-off trials pooled over the mice of each group (subject_group,';


--
-- Name: COLUMN __opto_group_effect.n_sessions; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect.n_sessions IS ':int32:';


--
-- Name: COLUMN __opto_group_effect._job_start_time; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __opto_group_effect._job_duration; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __opto_group_effect._job_version; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect._job_version IS ':varchar(64):code version';


--
-- Name: __opto_group_effect__group; Type: TABLE; Schema: fvsnap_opto; Owner: -
--

CREATE TABLE fvsnap_opto.__opto_group_effect__group (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    kin_paramset smallint NOT NULL,
    subject_group character varying(32) NOT NULL,
    measure character varying(32) NOT NULL,
    valence_name character varying(16) NOT NULL,
    n_on integer NOT NULL,
    n_off integer NOT NULL,
    median_on double precision,
    median_off double precision,
    statistic double precision,
    p_value double precision,
    stats bytea NOT NULL
);


--
-- Name: COLUMN __opto_group_effect__group.subject_group; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.subject_group IS ':varchar(32):';


--
-- Name: COLUMN __opto_group_effect__group.measure; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.measure IS ':varchar(32):';


--
-- Name: COLUMN __opto_group_effect__group.valence_name; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.valence_name IS ':varchar(16):';


--
-- Name: COLUMN __opto_group_effect__group.n_on; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.n_on IS ':int32:';


--
-- Name: COLUMN __opto_group_effect__group.n_off; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.n_off IS ':int32:';


--
-- Name: COLUMN __opto_group_effect__group.median_on; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.median_on IS ':float64:';


--
-- Name: COLUMN __opto_group_effect__group.median_off; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.median_off IS ':float64:';


--
-- Name: COLUMN __opto_group_effect__group.statistic; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.statistic IS ':float64:Mann-Whitney U';


--
-- Name: COLUMN __opto_group_effect__group.p_value; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.p_value IS ':float64:';


--
-- Name: COLUMN __opto_group_effect__group.stats; Type: COMMENT; Schema: fvsnap_opto; Owner: -
--

COMMENT ON COLUMN fvsnap_opto.__opto_group_effect__group.stats IS ':<blob>:the tidy record';


--
-- Name: __opto_group_effect__source; Type: TABLE; Schema: fvsnap_opto; Owner: -
--

CREATE TABLE fvsnap_opto.__opto_group_effect__source (
    proto_id character varying(32) NOT NULL,
    reg_paramset smallint NOT NULL,
    hog_paramset smallint NOT NULL,
    proto_paramset smallint NOT NULL,
    kin_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL
);


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_opto; Owner: -
--

CREATE TABLE fvsnap_opto."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: #photometry_params; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry."#photometry_params" (
    phot_paramset smallint NOT NULL,
    baseline_s double precision NOT NULL,
    post_s double precision NOT NULL,
    rate_hz double precision NOT NULL,
    peak_window_s double precision NOT NULL,
    airpls_lambda double precision,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#photometry_params".phot_paramset; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".phot_paramset IS ':int16:';


--
-- Name: COLUMN "#photometry_params".baseline_s; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".baseline_s IS ':float64:pre-stimulus baseline subtracted per trial';


--
-- Name: COLUMN "#photometry_params".post_s; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".post_s IS ':float64:seconds after onset in each trial window';


--
-- Name: COLUMN "#photometry_params".rate_hz; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".rate_hz IS ':float64:common clock of trial windows';


--
-- Name: COLUMN "#photometry_params".peak_window_s; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".peak_window_s IS ':float64:peak searched in [0, peak_window_s) after onset';


--
-- Name: COLUMN "#photometry_params".airpls_lambda; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".airpls_lambda IS ':float64:airPLS bleaching-baseline smoothness at 15 Hz; NULL: no correction';


--
-- Name: COLUMN "#photometry_params".description; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry."#photometry_params".description IS ':varchar(255):';


--
-- Name: __neuron_type_pattern; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__neuron_type_pattern (
    phot_paramset smallint NOT NULL,
    n_sessions integer NOT NULL,
    n_trials integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __neuron_type_pattern; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON TABLE fvsnap_photometry.__neuron_type_pattern IS 'Fig. 6: the response pattern of each recorded neuron type across the cohort, on the z-scored';


--
-- Name: COLUMN __neuron_type_pattern.n_sessions; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern.n_sessions IS ':int32:';


--
-- Name: COLUMN __neuron_type_pattern.n_trials; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern.n_trials IS ':int32:';


--
-- Name: COLUMN __neuron_type_pattern._job_start_time; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __neuron_type_pattern._job_duration; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __neuron_type_pattern._job_version; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern._job_version IS ':varchar(64):code version';


--
-- Name: __neuron_type_pattern__cell_type; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__neuron_type_pattern__cell_type (
    phot_paramset smallint NOT NULL,
    cell_type character varying(16) NOT NULL,
    across_stimuli bytea NOT NULL,
    positive_vs_negative bytea NOT NULL
);


--
-- Name: COLUMN __neuron_type_pattern__cell_type.cell_type; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__cell_type.cell_type IS ':varchar(16):';


--
-- Name: COLUMN __neuron_type_pattern__cell_type.across_stimuli; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__cell_type.across_stimuli IS ':<blob>:Kruskal-Wallis + Dunn of trial peak_z across stimuli';


--
-- Name: COLUMN __neuron_type_pattern__cell_type.positive_vs_negative; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__cell_type.positive_vs_negative IS ':<blob>:Mann-Whitney of trial peak_z, positive vs negative stimuli';


--
-- Name: __neuron_type_pattern__source; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__neuron_type_pattern__source (
    phot_paramset smallint NOT NULL,
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    stimulus character varying(32) NOT NULL
);


--
-- Name: TABLE __neuron_type_pattern__source; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON TABLE fvsnap_photometry.__neuron_type_pattern__source IS 'every PSTH the pattern was built from (lineage)';


--
-- Name: __neuron_type_pattern__stimulus; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__neuron_type_pattern__stimulus (
    phot_paramset smallint NOT NULL,
    cell_type character varying(16) NOT NULL,
    stimulus_name character varying(32) NOT NULL,
    valence character varying(16) NOT NULL,
    mean_peak_z double precision,
    sem_peak_z double precision,
    mean_ratio_to_water double precision,
    n_trials integer NOT NULL,
    n_sessions integer NOT NULL,
    stats bytea NOT NULL
);


--
-- Name: COLUMN __neuron_type_pattern__stimulus.cell_type; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.cell_type IS ':varchar(16):';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.stimulus_name; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.stimulus_name IS ':varchar(32):';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.valence; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.valence IS ':varchar(16):';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.mean_peak_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.mean_peak_z IS ':float64:';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.sem_peak_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.sem_peak_z IS ':float64:';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.mean_ratio_to_water; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.mean_ratio_to_water IS ':float64:mean over sessions of PhotometryPSTH.ratio_to_water';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.n_trials; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.n_trials IS ':int32:';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.n_sessions; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.n_sessions IS ':int32:';


--
-- Name: COLUMN __neuron_type_pattern__stimulus.stats; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__neuron_type_pattern__stimulus.stats IS ':<blob>:one-sample t vs 0 of the trial peaks, Bonferroni-adjusted p';


--
-- Name: __photometry_p_s_t_h; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__photometry_p_s_t_h (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    phot_paramset smallint NOT NULL,
    stimulus character varying(32) NOT NULL,
    times bytea NOT NULL,
    mean_dff bytea NOT NULL,
    sd_dff bytea NOT NULL,
    mean_z bytea NOT NULL,
    peak_dff double precision,
    peak_z double precision,
    water_peak double precision,
    ratio_to_water double precision,
    n_trials integer NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __photometry_p_s_t_h; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON TABLE fvsnap_photometry.__photometry_p_s_t_h IS 'Mean and SD of baseline-subtracted dF/F over the trials of one stimulus in a session (Fig. 6),';


--
-- Name: COLUMN __photometry_p_s_t_h.times; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.times IS ':<blob>:s from onset';


--
-- Name: COLUMN __photometry_p_s_t_h.mean_dff; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.mean_dff IS ':<blob>:';


--
-- Name: COLUMN __photometry_p_s_t_h.sd_dff; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.sd_dff IS ':<blob>:';


--
-- Name: COLUMN __photometry_p_s_t_h.mean_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.mean_z IS ':<blob>:mean of the z-scored rows';


--
-- Name: COLUMN __photometry_p_s_t_h.peak_dff; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.peak_dff IS ':float64:peak of the mean within the peak window';


--
-- Name: COLUMN __photometry_p_s_t_h.peak_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.peak_z IS ':float64:';


--
-- Name: COLUMN __photometry_p_s_t_h.water_peak; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.water_peak IS ':float64:peak of the session''s water-trial mean (same window)';


--
-- Name: COLUMN __photometry_p_s_t_h.ratio_to_water; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.ratio_to_water IS ':float64:peak_dff / water_peak; NULL without water trials or a water peak <= 0';


--
-- Name: COLUMN __photometry_p_s_t_h.n_trials; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h.n_trials IS ':int32:';


--
-- Name: COLUMN __photometry_p_s_t_h._job_start_time; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __photometry_p_s_t_h._job_duration; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __photometry_p_s_t_h._job_version; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h._job_version IS ':varchar(64):code version';


--
-- Name: __photometry_p_s_t_h__trial_p_s_t_h; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    phot_paramset smallint NOT NULL,
    stimulus character varying(32) NOT NULL,
    trial_id integer NOT NULL,
    dff bytea NOT NULL,
    dff_z bytea NOT NULL,
    peak_dff double precision,
    peak_z double precision
);


--
-- Name: TABLE __photometry_p_s_t_h__trial_p_s_t_h; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON TABLE fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h IS 'one heatmap row of Fig. 6';


--
-- Name: COLUMN __photometry_p_s_t_h__trial_p_s_t_h.dff; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h.dff IS ':<blob>:';


--
-- Name: COLUMN __photometry_p_s_t_h__trial_p_s_t_h.dff_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h.dff_z IS ':<blob>:';


--
-- Name: COLUMN __photometry_p_s_t_h__trial_p_s_t_h.peak_dff; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h.peak_dff IS ':float64:';


--
-- Name: COLUMN __photometry_p_s_t_h__trial_p_s_t_h.peak_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h.peak_z IS ':float64:';


--
-- Name: __photometry_trace; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry.__photometry_trace (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    phot_paramset smallint NOT NULL,
    times jsonb NOT NULL,
    dff jsonb NOT NULL,
    dff_z jsonb NOT NULL,
    rate_hz double precision NOT NULL,
    fit_slope double precision NOT NULL,
    fit_intercept double precision NOT NULL,
    bleaching character varying(64) NOT NULL,
    control_used character varying(255) NOT NULL,
    _job_start_time timestamp(3) without time zone DEFAULT NULL::timestamp without time zone,
    _job_duration real,
    _job_version character varying(64) DEFAULT ''::character varying NOT NULL
);


--
-- Name: TABLE __photometry_trace; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON TABLE fvsnap_photometry.__photometry_trace IS 'Session dF/F = (signal - fitted control) / fitted control at the signal''s timestamps, after';


--
-- Name: COLUMN __photometry_trace.times; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.times IS ':<npy@facevalence>:';


--
-- Name: COLUMN __photometry_trace.dff; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.dff IS ':<npy@facevalence>:';


--
-- Name: COLUMN __photometry_trace.dff_z; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.dff_z IS ':<npy@facevalence>:';


--
-- Name: COLUMN __photometry_trace.rate_hz; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.rate_hz IS ':float64:signal channel''s own rate';


--
-- Name: COLUMN __photometry_trace.fit_slope; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.fit_slope IS ':float64:fitted control = slope * control + intercept';


--
-- Name: COLUMN __photometry_trace.fit_intercept; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.fit_intercept IS ':float64:';


--
-- Name: COLUMN __photometry_trace.bleaching; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.bleaching IS ':varchar(64):airPLS lambda used, or \"none\"';


--
-- Name: COLUMN __photometry_trace.control_used; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace.control_used IS ':varchar(255):which control channel was fitted (isosbestic or red, from the NWB)';


--
-- Name: COLUMN __photometry_trace._job_start_time; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace._job_start_time IS ':datetime(3):when computation began';


--
-- Name: COLUMN __photometry_trace._job_duration; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace._job_duration IS ':float32:computation duration in seconds';


--
-- Name: COLUMN __photometry_trace._job_version; Type: COMMENT; Schema: fvsnap_photometry; Owner: -
--

COMMENT ON COLUMN fvsnap_photometry.__photometry_trace._job_version IS ':varchar(64):code version';


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_photometry; Owner: -
--

CREATE TABLE fvsnap_photometry."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Name: #stimulus; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session."#stimulus" (
    stimulus character varying(32) NOT NULL,
    default_valence character varying(16) NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL
);


--
-- Name: COLUMN "#stimulus".stimulus; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session."#stimulus".stimulus IS ':varchar(32):';


--
-- Name: COLUMN "#stimulus".default_valence; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session."#stimulus".default_valence IS ':varchar(16):';


--
-- Name: COLUMN "#stimulus".description; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session."#stimulus".description IS ':varchar(255):';


--
-- Name: #valence; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session."#valence" (
    valence character varying(16) NOT NULL
);


--
-- Name: COLUMN "#valence".valence; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session."#valence".valence IS ':varchar(16):';


--
-- Name: injection; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session.injection (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    injection_id smallint NOT NULL,
    drug character varying(32) NOT NULL,
    dose character varying(64) DEFAULT ''::character varying NOT NULL,
    route character varying(32) DEFAULT ''::character varying NOT NULL,
    time_s double precision NOT NULL,
    _prov jsonb
);


--
-- Name: TABLE injection; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON TABLE fvsnap_session.injection IS 'Drug injection of a drug session (paper, Fig. 3: 15 min baseline, i.p. injection, 60 min),';


--
-- Name: COLUMN injection.injection_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.injection.injection_id IS ':int16:';


--
-- Name: COLUMN injection.drug; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.injection.drug IS ':varchar(32):lower case: saline, ethanol, licl, dom, ...';


--
-- Name: COLUMN injection.dose; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.injection.dose IS ':varchar(64):';


--
-- Name: COLUMN injection.route; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.injection.route IS ':varchar(32):';


--
-- Name: COLUMN injection.time_s; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.injection.time_s IS ':float64:s, session clock';


--
-- Name: COLUMN injection._prov; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.injection._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: nwbfile; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session.nwbfile (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    nwb_path character varying(1024) NOT NULL,
    sha256 character(64) NOT NULL,
    size_bytes bigint NOT NULL,
    nwb_object_id character varying(40) NOT NULL,
    video_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    pose_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    landmarks_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    photometry_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    control_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    trials_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    opto_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    injection_object_id character varying(40) DEFAULT ''::character varying NOT NULL,
    _prov jsonb
);


--
-- Name: TABLE nwbfile; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON TABLE fvsnap_session.nwbfile IS 'The session''s NWB file (the source of truth) and the object ids of the data the tables read';


--
-- Name: COLUMN nwbfile.nwb_path; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.nwb_path IS ':varchar(1024):absolute path at ingestion';


--
-- Name: COLUMN nwbfile.sha256; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.sha256 IS ':char(64):';


--
-- Name: COLUMN nwbfile.size_bytes; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.size_bytes IS ':int64:';


--
-- Name: COLUMN nwbfile.nwb_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.nwb_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile.video_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.video_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile.pose_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.pose_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile.landmarks_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.landmarks_object_id IS ':varchar(40):hand-placed registration landmarks';


--
-- Name: COLUMN nwbfile.photometry_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.photometry_object_id IS ':varchar(40):signal series; control series id below';


--
-- Name: COLUMN nwbfile.control_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.control_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile.trials_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.trials_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile.opto_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.opto_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile.injection_object_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile.injection_object_id IS ':varchar(40):';


--
-- Name: COLUMN nwbfile._prov; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.nwbfile._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: session; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session.session (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    session_start_time timestamp without time zone NOT NULL,
    experimenter character varying(255) NOT NULL,
    lab character varying(128) DEFAULT ''::character varying NOT NULL,
    institution character varying(128) DEFAULT ''::character varying NOT NULL,
    protocol character varying(64) DEFAULT ''::character varying NOT NULL,
    session_description character varying(2000) DEFAULT ''::character varying NOT NULL,
    _prov jsonb
);


--
-- Name: COLUMN session.session_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.session_id IS ':varchar(32):';


--
-- Name: COLUMN session.session_start_time; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.session_start_time IS ':datetime:';


--
-- Name: COLUMN session.experimenter; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.experimenter IS ':varchar(255):';


--
-- Name: COLUMN session.lab; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.lab IS ':varchar(128):';


--
-- Name: COLUMN session.institution; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.institution IS ':varchar(128):';


--
-- Name: COLUMN session.protocol; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.protocol IS ':varchar(64):';


--
-- Name: COLUMN session.session_description; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session.session_description IS ':varchar(2000):';


--
-- Name: COLUMN session._prov; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.session._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: subject; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session.subject (
    subject_id character varying(32) NOT NULL,
    species character varying(64) NOT NULL,
    sex character(1) NOT NULL,
    age character varying(32) DEFAULT ''::character varying NOT NULL,
    date_of_birth date,
    genotype character varying(128) NOT NULL,
    cell_type character varying(16) DEFAULT ''::character varying NOT NULL,
    role character varying(16) DEFAULT 'analysis'::character varying NOT NULL,
    subject_group character varying(32) DEFAULT ''::character varying NOT NULL,
    description character varying(1000) DEFAULT ''::character varying NOT NULL,
    _prov jsonb
);


--
-- Name: TABLE subject; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON TABLE fvsnap_session.subject IS 'A mouse. role ''prototype'' marks the designated prototype mouse, excluded from all other analyses';


--
-- Name: COLUMN subject.subject_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.subject_id IS ':varchar(32):';


--
-- Name: COLUMN subject.species; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.species IS ':varchar(64):';


--
-- Name: COLUMN subject.sex; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.sex IS ':char(1):M, F, U or O';


--
-- Name: COLUMN subject.age; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.age IS ':varchar(32):ISO 8601 duration, e.g. P84D';


--
-- Name: COLUMN subject.date_of_birth; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.date_of_birth IS ':date:';


--
-- Name: COLUMN subject.genotype; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.genotype IS ':varchar(128):';


--
-- Name: COLUMN subject.cell_type; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.cell_type IS ':varchar(16):neuron type recorded with photometry: DA, GABA, Glu, pan';


--
-- Name: COLUMN subject.role; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.role IS ':varchar(16):analysis | prototype';


--
-- Name: COLUMN subject.subject_group; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.subject_group IS ':varchar(32):e.g. eNpHR | eYFP';


--
-- Name: COLUMN subject.description; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject.description IS ':varchar(1000):';


--
-- Name: COLUMN subject._prov; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.subject._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: trial; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session.trial (
    subject_id character varying(32) NOT NULL,
    session_id character varying(32) NOT NULL,
    trial_id integer NOT NULL,
    stimulus character varying(32) NOT NULL,
    valence character varying(16) NOT NULL,
    start_time double precision NOT NULL,
    stop_time double precision NOT NULL,
    laser_on boolean DEFAULT false NOT NULL,
    _prov jsonb
);


--
-- Name: TABLE trial; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON TABLE fvsnap_session.trial IS 'One stimulus presentation, from the NWB trials table (row index = trial_id)';


--
-- Name: COLUMN trial.trial_id; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.trial.trial_id IS ':int32:';


--
-- Name: COLUMN trial.start_time; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.trial.start_time IS ':float64:s, session clock';


--
-- Name: COLUMN trial.stop_time; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.trial.stop_time IS ':float64:';


--
-- Name: COLUMN trial.laser_on; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.trial.laser_on IS ':bool:';


--
-- Name: COLUMN trial._prov; Type: COMMENT; Schema: fvsnap_session; Owner: -
--

COMMENT ON COLUMN fvsnap_session.trial._prov IS ':json:extrinsic provenance for a row that entered from outside';


--
-- Name: ~lineage; Type: TABLE; Schema: fvsnap_session; Owner: -
--

CREATE TABLE fvsnap_session."~lineage" (
    table_name character varying(64) NOT NULL,
    attribute_name character varying(64) NOT NULL,
    lineage character varying(255) NOT NULL
);


--
-- Data for Name: #correlation_params; Type: TABLE DATA; Schema: fvsnap_correlation; Owner: -
--

INSERT INTO fvsnap_correlation."#correlation_params" VALUES (0, 2, 15, 1000, 4, 'paper: 2 s after onset at 15 Hz, Spearman, one-sided shuffle test; both signals relative to their 4 s pre-stimulus mean, as the PSTHs');


--
-- Data for Name: __face_neural_correlation; Type: TABLE DATA; Schema: fvsnap_correlation; Owner: -
--



--
-- Data for Name: __face_neural_pattern; Type: TABLE DATA; Schema: fvsnap_correlation; Owner: -
--



--
-- Data for Name: __face_neural_pattern__cell_type_valence; Type: TABLE DATA; Schema: fvsnap_correlation; Owner: -
--



--
-- Data for Name: __face_neural_pattern__source; Type: TABLE DATA; Schema: fvsnap_correlation; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_correlation; Owner: -
--

INSERT INTO fvsnap_correlation."~lineage" VALUES ('#correlation_params', 'corr_paramset', 'fvsnap_correlation.#correlation_params.corr_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_correlation', 'corr_paramset', 'fvsnap_correlation.#correlation_params.corr_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern', 'corr_paramset', 'fvsnap_correlation.#correlation_params.corr_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'corr_paramset', 'fvsnap_correlation.#correlation_params.corr_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__source', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'corr_paramset', 'fvsnap_correlation.#correlation_params.corr_paramset');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'cell_type', 'fvsnap_correlation.__face_neural_pattern__cell_type_valence.cell_type');
INSERT INTO fvsnap_correlation."~lineage" VALUES ('__face_neural_pattern__cell_type_valence', 'valence_name', 'fvsnap_correlation.__face_neural_pattern__cell_type_valence.valence_name');


--
-- Data for Name: #grad_c_a_m_model; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--

INSERT INTO fvsnap_deep."#grad_c_a_m_model" VALUES ('classifier', 'the true class''s logit, test frames, averaged per stimulus');
INSERT INTO fvsnap_deep."#grad_c_a_m_model" VALUES ('siamese', '-distance for same-valence pairs, +distance for different-valence pairs (test mice)');


--
-- Data for Name: #model_params; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--

INSERT INTO fvsnap_deep."#model_params" VALUES (0, 224, 0.12, 2, 2, 1, 5, 50, 256, 0.001, 0.9, 0.0001, 0.2, 20000, 5, 50, 10, 50, 1, 8, 200, 0, 0, 'paper (GPU): 224 px, 0-2 s frames, SGD lr 1e-3 momentum 0.9, 50 epochs, batch 256, 80/20 by trial; Siamese 5 test mice; occlusion 10-fold by trial', false);
INSERT INTO fvsnap_deep."#model_params" VALUES (1, 80, 0.12, 2, 2, 3, 15, 10, 32, 0.01, 0.9, 0.0001, 0.2, 600, 2, 5, 3, 6, 3, 3, 40, 0, 0, 'CPU demo: 80 px (layer4 3 x 3), every 3rd frame, 10 epochs, batch 32, lr 1e-2 (short runs); occlusion 3-fold', false);
INSERT INTO fvsnap_deep."#model_params" VALUES (2, 80, 0.12, 2, 2, 6, 30, 8, 32, 0.01, 0.9, 0.0001, 0.2, 200, 2, 4, 2, 6, 2, 3, 12, 0, 0, 'CPU test: 80 px, every 6th frame, 8 epochs, lr 1e-2; occlusion 2-fold on every 2nd frame', false);


--
-- Data for Name: __classifier_training; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __classifier_training__per_mouse; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __classifier_training__run; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __deep_dataset; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __deep_dataset__mask; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __deep_dataset__session; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __deep_dataset__trial_role; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __grad_c_a_m_map; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __grad_c_a_m_map__map; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __occlusion_result; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __occlusion_result__region; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: __siamese_training; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: model_selection; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_deep; Owner: -
--

INSERT INTO fvsnap_deep."~lineage" VALUES ('#model_params', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('model_selection', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('model_selection', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('model_selection', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('#grad_c_a_m_model', 'cam_model', 'fvsnap_deep.#grad_c_a_m_model.cam_model');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__session', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__session', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__session', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__session', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__session', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__trial_role', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__trial_role', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__trial_role', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__trial_role', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__trial_role', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__trial_role', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__mask', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__mask', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__mask', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__deep_dataset__mask', 'region', 'fvsnap_deep.__deep_dataset__mask.region');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__run', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__run', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__run', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__run', 'run', 'fvsnap_deep.__classifier_training__run.run');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__per_mouse', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__per_mouse', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__per_mouse', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__per_mouse', 'run', 'fvsnap_deep.__classifier_training__run.run');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__classifier_training__per_mouse', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__siamese_training', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__siamese_training', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__siamese_training', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map', 'cam_model', 'fvsnap_deep.#grad_c_a_m_model.cam_model');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map__map', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map__map', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map__map', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map__map', 'cam_model', 'fvsnap_deep.#grad_c_a_m_model.cam_model');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__grad_c_a_m_map__map', 'label', 'fvsnap_deep.__grad_c_a_m_map__map.label');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result__region', 'model_paramset', 'fvsnap_deep.#model_params.model_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result__region', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result__region', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_deep."~lineage" VALUES ('__occlusion_result__region', 'region', 'fvsnap_deep.__occlusion_result__region.region');


--
-- Data for Name: #drug_window_params; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."#drug_window_params" VALUES (0, 900, '\x646a300002020000000000000044000000000000000203000000000000001100000000000000050800000000000000302d3135206d696e09000000000000000d000000000000000009000000000000000d0000000000208c404500000000000000020300000000000000120000000000000005090000000000000031352d3330206d696e09000000000000000d0000000000208c4009000000000000000d0000000000209c40', 1, 60, 'paper Fig. 3C-E, G-H: 15 min baseline; 0-15 and 15-30 min after the injection; 1 min bins; frames beyond 1 baseline SD (the paper states no threshold)');
INSERT INTO fvsnap_face."#drug_window_params" VALUES (1, 900, '\x646a300002020000000000000044000000000000000203000000000000001100000000000000050800000000000000302d3135206d696e09000000000000000d000000000000000009000000000000000d0000000000208c404500000000000000020300000000000000120000000000000005090000000000000031352d3330206d696e09000000000000000d0000000000208c4009000000000000000d0000000000209c40', 0, 60, 'as 0, but every frame is called by the sign of its baseline-normalised difference');


--
-- Data for Name: #embedding_params; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."#embedding_params" VALUES (0, 400, 45, 5, 0, 'paper Fig. 1G: HOG of stimulus windows -> PCA(400) -> UMAP(45) -> k-means');


--
-- Data for Name: #h_o_g_params; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."#h_o_g_params" VALUES (0, 1024, 8, 16, 'L2-Hys', 2, 0, 'paper: skimage hog 8 orientations, 16 px cells, 1x1 blocks, 1024^2');


--
-- Data for Name: #motion_params; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."#motion_params" VALUES (0, 256, 'paper: mean |frame_t - frame_(t-1)| per frame; heatmaps over stimulus windows');


--
-- Data for Name: #prototype_params; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."#prototype_params" VALUES (0, 10, 'cosine', 'paper: per-stimulus subprototypes, positive = sucrose+NaCl, negative = bitter+shock');


--
-- Data for Name: #registration_params; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."#registration_params" VALUES (0, 'landmarks', 8, 0.9, '\x646a300004060000000000000011000000000000000508000000000000006e6f73655f74697011000000000000000508000000000000006e6f73655f74697019000000000000000510000000000000006579655f696e6e65725f636f726e657219000000000000000510000000000000006579655f696e6e65725f636f726e657219000000000000000510000000000000006579655f6f757465725f636f726e657219000000000000000510000000000000006579655f6f757465725f636f726e657212000000000000000509000000000000006c6f7765725f6c697012000000000000000509000000000000006c6f7765725f6c69700e00000000000000050500000000000000636865656b1600000000000000050d00000000000000776869736b6572315f626173651300000000000000050a0000000000000070696e6e615f656467651700000000000000050e000000000000006561725f70696e6e615f65646765', 'paper: 6 landmarks on a neutral frame, affine + similarity refinement onto the prototype mouse');


--
-- Data for Name: __arousal; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __cumulative_similarity; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __drug_effect; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __drug_effect__window; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __embedding; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __h_o_g_features; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __h_o_g_features__window; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __motion_energy; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __motion_energy__heatmap; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __prototype; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __prototype__source; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __prototype__sub; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __prototype_score; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __prototype_score__trial_score; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __registered_h_o_g; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __registered_h_o_g__window; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: __registration; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: prototype_mouse; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_face; Owner: -
--

INSERT INTO fvsnap_face."~lineage" VALUES ('prototype_mouse', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('prototype_mouse', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('#registration_params', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registration', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registration', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registration', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registration', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('#h_o_g_params', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features__window', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features__window', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features__window', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__h_o_g_features__window', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g__window', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g__window', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g__window', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g__window', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g__window', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__registered_h_o_g__window', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__arousal', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__arousal', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__arousal', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__arousal', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('#prototype_params', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__source', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__source', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__source', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__source', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__source', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__source', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__sub', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__sub', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__sub', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__sub', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype__sub', 'stimulus_name', 'fvsnap_face.__prototype__sub.stimulus_name');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__prototype_score__trial_score', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__cumulative_similarity', 'valence', 'fvsnap_session.#valence.valence');
INSERT INTO fvsnap_face."~lineage" VALUES ('#drug_window_params', 'drug_paramset', 'fvsnap_face.#drug_window_params.drug_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'injection_id', 'fvsnap_session.injection.injection_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect', 'drug_paramset', 'fvsnap_face.#drug_window_params.drug_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'injection_id', 'fvsnap_session.injection.injection_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'drug_paramset', 'fvsnap_face.#drug_window_params.drug_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__drug_effect__window', 'window_name', 'fvsnap_face.__drug_effect__window.window_name');
INSERT INTO fvsnap_face."~lineage" VALUES ('#embedding_params', 'emb_paramset', 'fvsnap_face.#embedding_params.emb_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__embedding', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__embedding', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__embedding', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__embedding', 'emb_paramset', 'fvsnap_face.#embedding_params.emb_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('#motion_params', 'motion_paramset', 'fvsnap_face.#motion_params.motion_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy', 'motion_paramset', 'fvsnap_face.#motion_params.motion_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy__heatmap', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy__heatmap', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy__heatmap', 'motion_paramset', 'fvsnap_face.#motion_params.motion_paramset');
INSERT INTO fvsnap_face."~lineage" VALUES ('__motion_energy__heatmap', 'stimulus', 'fvsnap_session.#stimulus.stimulus');


--
-- Data for Name: #kinematics_params; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--

INSERT INTO fvsnap_kinematics."#kinematics_params" VALUES (0, 0.9, 5, 4, 2, 0.05, '\x5a4c313233002c04000000000000789c9dd2c90ec220100050636cdcf72dfe85dbff90d6a2a2b5104ad378f0e09f8bca6815198dbd30e14dc9cc40b89b164aedc2fdeb99d5ab9a40a482454471e1962148e34502ae143fa038026c9a801e294985a092442cfc43239efda213d04e4e591c6b5d71a997af09b0ef954d10f3444916b9f6ade9412df65c1fd205a93ccfa244213000a8e721902cdc50ccac4bcab62cd9eb2a023fa167b3572c99c09aadc99eddd25d3a477581eaf2a6560750a5eefcf45ea4aba5d935db85730c17182e3fde0bf5ef2374421fa06602a11f994fa8be9331502bf7cf93ed07aef9c042b2963c56b85a4d8006fe6a8fe205c77aaf83', 'paper: likelihood 0.9, linear interpolation, 5-frame median, 4 s baseline; 37-point model');


--
-- Data for Name: __face_features; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __keypoint_p_c_a; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematic_pattern; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematic_pattern__across; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematic_pattern__source; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematic_pattern__stimulus; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematic_pattern__valence; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematics; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: __kinematics__trial_feature; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_kinematics; Owner: -
--

INSERT INTO fvsnap_kinematics."~lineage" VALUES ('#kinematics_params', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__face_features', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__face_features', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__face_features', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics__trial_feature', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics__trial_feature', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics__trial_feature', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics__trial_feature', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematics__trial_feature', 'feature', 'fvsnap_kinematics.__kinematics__trial_feature.feature');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__source', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__source', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__source', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__stimulus', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__stimulus', 'stimulus_name', 'fvsnap_kinematics.__kinematic_pattern__stimulus.stimulus_name');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__stimulus', 'feature', 'fvsnap_kinematics.__kinematic_pattern__stimulus.feature');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__valence', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__valence', 'valence_name', 'fvsnap_kinematics.__kinematic_pattern__valence.valence_name');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__valence', 'feature', 'fvsnap_kinematics.__kinematic_pattern__valence.feature');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__across', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__kinematic_pattern__across', 'feature', 'fvsnap_kinematics.__kinematic_pattern__across.feature');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__keypoint_p_c_a', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__keypoint_p_c_a', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_kinematics."~lineage" VALUES ('__keypoint_p_c_a', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');


--
-- Data for Name: #pose_decoding_params; Type: TABLE DATA; Schema: fvsnap_models; Owner: -
--

INSERT INTO fvsnap_models."#pose_decoding_params" VALUES (0, '\x5a4c313233005904000000000000789c7d936d52833010866b2da3d5fad1d6afd14b28709f0c94686321c98430bd88c7f326fe91906c9bb210feb0e479f7cdeeb05b7cbf4f66b3897d16ee1d9dbb8066eac785d3c8054b105d1e4524cf6afa0ce0d60392719e115a7cd17bc0171ed64c3ec1f98d775eb1827c2ac1f523d0458fe6d966872cf75b56efa86267ae6648427738e1475738bae340db8bc6e150ed0ec641df38e41b877c93a06f12f24d42be69d0370df9a6c617fe7804435273d1e85ff731854941a3c3454d4dfe03806b1fe48a0dcd4dcbb462e588991833135a8b6a056cee8252eca92225938834525a823aafdadeb6642314a70a752e1bc9cabf7ee7c8bd93996a5f80dcf5895d00d48de51d7b03b63a61b6d591fdf125af009743f966c3d6a0b83a55b408adfbb17083ff018a5faf29', 4, 0.5, 2, 3, 256, 3, 0.3, 60, 0.001, 32, 10, 0, 'paper Fig. 5G: 4 keypoints/region, -0.5..+2 s, every 3rd frame, LSTM 3 x 256, dropout 0.3, 10-fold stratified CV by trial; classes = the stimuli (water = neutral)');


--
-- Data for Name: __pose_decoding; Type: TABLE DATA; Schema: fvsnap_models; Owner: -
--



--
-- Data for Name: __pose_decoding__fold; Type: TABLE DATA; Schema: fvsnap_models; Owner: -
--



--
-- Data for Name: __pose_decoding__region; Type: TABLE DATA; Schema: fvsnap_models; Owner: -
--



--
-- Data for Name: __pose_decoding__source; Type: TABLE DATA; Schema: fvsnap_models; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_models; Owner: -
--

INSERT INTO fvsnap_models."~lineage" VALUES ('#pose_decoding_params', 'decode_paramset', 'fvsnap_models.#pose_decoding_params.decode_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding', 'decode_paramset', 'fvsnap_models.#pose_decoding_params.decode_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__region', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__region', 'decode_paramset', 'fvsnap_models.#pose_decoding_params.decode_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__region', 'region', 'fvsnap_models.__pose_decoding__region.region');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__fold', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__fold', 'decode_paramset', 'fvsnap_models.#pose_decoding_params.decode_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__fold', 'region', 'fvsnap_models.__pose_decoding__region.region');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__fold', 'fold', 'fvsnap_models.__pose_decoding__fold.fold');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__source', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__source', 'decode_paramset', 'fvsnap_models.#pose_decoding_params.decode_paramset');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__source', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_models."~lineage" VALUES ('__pose_decoding__source', 'session_id', 'fvsnap_session.session.session_id');


--
-- Data for Name: __opto_effect; Type: TABLE DATA; Schema: fvsnap_opto; Owner: -
--



--
-- Data for Name: __opto_effect__measure; Type: TABLE DATA; Schema: fvsnap_opto; Owner: -
--



--
-- Data for Name: __opto_group_effect; Type: TABLE DATA; Schema: fvsnap_opto; Owner: -
--



--
-- Data for Name: __opto_group_effect__group; Type: TABLE DATA; Schema: fvsnap_opto; Owner: -
--



--
-- Data for Name: __opto_group_effect__source; Type: TABLE DATA; Schema: fvsnap_opto; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_opto; Owner: -
--

INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'measure', 'fvsnap_opto.__opto_effect__measure.measure');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_effect__measure', 'valence_name', 'fvsnap_opto.__opto_effect__measure.valence_name');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__source', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'proto_id', 'fvsnap_face.prototype_mouse.proto_id');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'reg_paramset', 'fvsnap_face.#registration_params.reg_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'hog_paramset', 'fvsnap_face.#h_o_g_params.hog_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'proto_paramset', 'fvsnap_face.#prototype_params.proto_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'kin_paramset', 'fvsnap_kinematics.#kinematics_params.kin_paramset');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'subject_group', 'fvsnap_opto.__opto_group_effect__group.subject_group');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'measure', 'fvsnap_opto.__opto_group_effect__group.measure');
INSERT INTO fvsnap_opto."~lineage" VALUES ('__opto_group_effect__group', 'valence_name', 'fvsnap_opto.__opto_group_effect__group.valence_name');


--
-- Data for Name: #photometry_params; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--

INSERT INTO fvsnap_photometry."#photometry_params" VALUES (0, 4, 6, 15, 2, 10000000, 'paper: airPLS bleaching correction, least-squares control fit, dF/F, 4 s baseline, 15 Hz');
INSERT INTO fvsnap_photometry."#photometry_params" VALUES (1, 4, 6, 15, 2, NULL, 'no bleaching correction (control fit only), for comparison');


--
-- Data for Name: __neuron_type_pattern; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: __neuron_type_pattern__cell_type; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: __neuron_type_pattern__source; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: __neuron_type_pattern__stimulus; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: __photometry_p_s_t_h; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: __photometry_p_s_t_h__trial_p_s_t_h; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: __photometry_trace; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_photometry; Owner: -
--

INSERT INTO fvsnap_photometry."~lineage" VALUES ('#photometry_params', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_trace', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_trace', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_trace', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h__trial_p_s_t_h', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h__trial_p_s_t_h', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h__trial_p_s_t_h', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h__trial_p_s_t_h', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__photometry_p_s_t_h__trial_p_s_t_h', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__source', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__source', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__source', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__source', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__stimulus', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__stimulus', 'cell_type', 'fvsnap_photometry.__neuron_type_pattern__stimulus.cell_type');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__stimulus', 'stimulus_name', 'fvsnap_photometry.__neuron_type_pattern__stimulus.stimulus_name');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__cell_type', 'phot_paramset', 'fvsnap_photometry.#photometry_params.phot_paramset');
INSERT INTO fvsnap_photometry."~lineage" VALUES ('__neuron_type_pattern__cell_type', 'cell_type', 'fvsnap_photometry.__neuron_type_pattern__cell_type.cell_type');


--
-- Data for Name: #stimulus; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--

INSERT INTO fvsnap_session."#stimulus" VALUES ('sucrose', 'positive', 'sucrose 4 %');
INSERT INTO fvsnap_session."#stimulus" VALUES ('nacl', 'positive', 'NaCl 75 mM');
INSERT INTO fvsnap_session."#stimulus" VALUES ('bitter', 'negative', 'denatonium 5 mM');
INSERT INTO fvsnap_session."#stimulus" VALUES ('shock', 'negative', 'tail shock 0.4 mA');
INSERT INTO fvsnap_session."#stimulus" VALUES ('water', 'neutral', 'water (control)');


--
-- Data for Name: #valence; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--

INSERT INTO fvsnap_session."#valence" VALUES ('positive');
INSERT INTO fvsnap_session."#valence" VALUES ('negative');
INSERT INTO fvsnap_session."#valence" VALUES ('neutral');


--
-- Data for Name: injection; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--



--
-- Data for Name: nwbfile; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--



--
-- Data for Name: session; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--



--
-- Data for Name: subject; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--



--
-- Data for Name: trial; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--



--
-- Data for Name: ~lineage; Type: TABLE DATA; Schema: fvsnap_session; Owner: -
--

INSERT INTO fvsnap_session."~lineage" VALUES ('subject', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('session', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('session', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('nwbfile', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('nwbfile', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('#stimulus', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_session."~lineage" VALUES ('#valence', 'valence', 'fvsnap_session.#valence.valence');
INSERT INTO fvsnap_session."~lineage" VALUES ('trial', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('trial', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('trial', 'stimulus', 'fvsnap_session.#stimulus.stimulus');
INSERT INTO fvsnap_session."~lineage" VALUES ('trial', 'valence', 'fvsnap_session.#valence.valence');
INSERT INTO fvsnap_session."~lineage" VALUES ('trial', 'trial_id', 'fvsnap_session.trial.trial_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('injection', 'subject_id', 'fvsnap_session.subject.subject_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('injection', 'session_id', 'fvsnap_session.session.session_id');
INSERT INTO fvsnap_session."~lineage" VALUES ('injection', 'injection_id', 'fvsnap_session.injection.injection_id');


--
-- Name: #correlation_params #correlation_params_pkey; Type: CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation."#correlation_params"
    ADD CONSTRAINT "#correlation_params_pkey" PRIMARY KEY (corr_paramset);


--
-- Name: __face_neural_correlation __face_neural_correlation_pkey; Type: CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_correlation
    ADD CONSTRAINT __face_neural_correlation_pkey PRIMARY KEY (subject_id, session_id, phot_paramset, stimulus, proto_id, reg_paramset, hog_paramset, proto_paramset, corr_paramset);


--
-- Name: __face_neural_pattern__cell_type_valence __face_neural_pattern__cell_type_valence_pkey; Type: CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern__cell_type_valence
    ADD CONSTRAINT __face_neural_pattern__cell_type_valence_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset, cell_type, valence_name);


--
-- Name: __face_neural_pattern__source __face_neural_pattern__source_pkey; Type: CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern__source
    ADD CONSTRAINT __face_neural_pattern__source_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset, subject_id, session_id, stimulus);


--
-- Name: __face_neural_pattern __face_neural_pattern_pkey; Type: CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern
    ADD CONSTRAINT __face_neural_pattern_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: #grad_c_a_m_model #grad_c_a_m_model_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep."#grad_c_a_m_model"
    ADD CONSTRAINT "#grad_c_a_m_model_pkey" PRIMARY KEY (cam_model);


--
-- Name: #model_params #model_params_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep."#model_params"
    ADD CONSTRAINT "#model_params_pkey" PRIMARY KEY (model_paramset);


--
-- Name: __classifier_training__per_mouse __classifier_training__per_mouse_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training__per_mouse
    ADD CONSTRAINT __classifier_training__per_mouse_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, run, subject_id);


--
-- Name: __classifier_training__run __classifier_training__run_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training__run
    ADD CONSTRAINT __classifier_training__run_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, run);


--
-- Name: __classifier_training __classifier_training_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training
    ADD CONSTRAINT __classifier_training_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset);


--
-- Name: __deep_dataset__mask __deep_dataset__mask_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__mask
    ADD CONSTRAINT __deep_dataset__mask_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, region);


--
-- Name: __deep_dataset__session __deep_dataset__session_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__session
    ADD CONSTRAINT __deep_dataset__session_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, subject_id, session_id);


--
-- Name: __deep_dataset__trial_role __deep_dataset__trial_role_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__trial_role
    ADD CONSTRAINT __deep_dataset__trial_role_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, subject_id, session_id, trial_id);


--
-- Name: __deep_dataset __deep_dataset_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset
    ADD CONSTRAINT __deep_dataset_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset);


--
-- Name: __grad_c_a_m_map__map __grad_c_a_m_map__map_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__grad_c_a_m_map__map
    ADD CONSTRAINT __grad_c_a_m_map__map_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, cam_model, label);


--
-- Name: __grad_c_a_m_map __grad_c_a_m_map_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__grad_c_a_m_map
    ADD CONSTRAINT __grad_c_a_m_map_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, cam_model);


--
-- Name: __occlusion_result__region __occlusion_result__region_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__occlusion_result__region
    ADD CONSTRAINT __occlusion_result__region_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset, region);


--
-- Name: __occlusion_result __occlusion_result_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__occlusion_result
    ADD CONSTRAINT __occlusion_result_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset);


--
-- Name: __siamese_training __siamese_training_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__siamese_training
    ADD CONSTRAINT __siamese_training_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset);


--
-- Name: model_selection model_selection_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.model_selection
    ADD CONSTRAINT model_selection_pkey PRIMARY KEY (model_paramset, proto_id, reg_paramset);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: #drug_window_params #drug_window_params_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."#drug_window_params"
    ADD CONSTRAINT "#drug_window_params_pkey" PRIMARY KEY (drug_paramset);


--
-- Name: #embedding_params #embedding_params_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."#embedding_params"
    ADD CONSTRAINT "#embedding_params_pkey" PRIMARY KEY (emb_paramset);


--
-- Name: #h_o_g_params #h_o_g_params_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."#h_o_g_params"
    ADD CONSTRAINT "#h_o_g_params_pkey" PRIMARY KEY (hog_paramset);


--
-- Name: #motion_params #motion_params_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."#motion_params"
    ADD CONSTRAINT "#motion_params_pkey" PRIMARY KEY (motion_paramset);


--
-- Name: #prototype_params #prototype_params_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."#prototype_params"
    ADD CONSTRAINT "#prototype_params_pkey" PRIMARY KEY (proto_paramset);


--
-- Name: #registration_params #registration_params_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."#registration_params"
    ADD CONSTRAINT "#registration_params_pkey" PRIMARY KEY (reg_paramset);


--
-- Name: __arousal __arousal_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__arousal
    ADD CONSTRAINT __arousal_pkey PRIMARY KEY (subject_id, session_id, hog_paramset, trial_id);


--
-- Name: __cumulative_similarity __cumulative_similarity_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__cumulative_similarity
    ADD CONSTRAINT __cumulative_similarity_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, valence);


--
-- Name: __drug_effect__window __drug_effect__window_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__drug_effect__window
    ADD CONSTRAINT __drug_effect__window_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, injection_id, drug_paramset, window_name);


--
-- Name: __drug_effect __drug_effect_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__drug_effect
    ADD CONSTRAINT __drug_effect_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, injection_id, drug_paramset);


--
-- Name: __embedding __embedding_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__embedding
    ADD CONSTRAINT __embedding_pkey PRIMARY KEY (subject_id, session_id, hog_paramset, emb_paramset);


--
-- Name: __h_o_g_features__window __h_o_g_features__window_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__h_o_g_features__window
    ADD CONSTRAINT __h_o_g_features__window_pkey PRIMARY KEY (subject_id, session_id, hog_paramset, trial_id);


--
-- Name: __h_o_g_features __h_o_g_features_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__h_o_g_features
    ADD CONSTRAINT __h_o_g_features_pkey PRIMARY KEY (subject_id, session_id, hog_paramset);


--
-- Name: __motion_energy__heatmap __motion_energy__heatmap_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__motion_energy__heatmap
    ADD CONSTRAINT __motion_energy__heatmap_pkey PRIMARY KEY (subject_id, session_id, motion_paramset, stimulus);


--
-- Name: __motion_energy __motion_energy_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__motion_energy
    ADD CONSTRAINT __motion_energy_pkey PRIMARY KEY (subject_id, session_id, motion_paramset);


--
-- Name: __prototype__source __prototype__source_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype__source
    ADD CONSTRAINT __prototype__source_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, subject_id, session_id);


--
-- Name: __prototype__sub __prototype__sub_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype__sub
    ADD CONSTRAINT __prototype__sub_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, stimulus_name);


--
-- Name: __prototype __prototype_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype
    ADD CONSTRAINT __prototype_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset);


--
-- Name: __prototype_score__trial_score __prototype_score__trial_score_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype_score__trial_score
    ADD CONSTRAINT __prototype_score__trial_score_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, trial_id);


--
-- Name: __prototype_score __prototype_score_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype_score
    ADD CONSTRAINT __prototype_score_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset);


--
-- Name: __registered_h_o_g__window __registered_h_o_g__window_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registered_h_o_g__window
    ADD CONSTRAINT __registered_h_o_g__window_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, trial_id);


--
-- Name: __registered_h_o_g __registered_h_o_g_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registered_h_o_g
    ADD CONSTRAINT __registered_h_o_g_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset);


--
-- Name: __registration __registration_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registration
    ADD CONSTRAINT __registration_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset);


--
-- Name: prototype_mouse prototype_mouse_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.prototype_mouse
    ADD CONSTRAINT prototype_mouse_pkey PRIMARY KEY (proto_id);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: #kinematics_params #kinematics_params_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics."#kinematics_params"
    ADD CONSTRAINT "#kinematics_params_pkey" PRIMARY KEY (kin_paramset);


--
-- Name: __face_features __face_features_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__face_features
    ADD CONSTRAINT __face_features_pkey PRIMARY KEY (subject_id, session_id, kin_paramset);


--
-- Name: __keypoint_p_c_a __keypoint_p_c_a_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__keypoint_p_c_a
    ADD CONSTRAINT __keypoint_p_c_a_pkey PRIMARY KEY (subject_id, session_id, kin_paramset);


--
-- Name: __kinematic_pattern__across __kinematic_pattern__across_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__across
    ADD CONSTRAINT __kinematic_pattern__across_pkey PRIMARY KEY (kin_paramset, feature);


--
-- Name: __kinematic_pattern__source __kinematic_pattern__source_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__source
    ADD CONSTRAINT __kinematic_pattern__source_pkey PRIMARY KEY (kin_paramset, subject_id, session_id);


--
-- Name: __kinematic_pattern__stimulus __kinematic_pattern__stimulus_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__stimulus
    ADD CONSTRAINT __kinematic_pattern__stimulus_pkey PRIMARY KEY (kin_paramset, stimulus_name, feature);


--
-- Name: __kinematic_pattern__valence __kinematic_pattern__valence_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__valence
    ADD CONSTRAINT __kinematic_pattern__valence_pkey PRIMARY KEY (kin_paramset, valence_name, feature);


--
-- Name: __kinematic_pattern __kinematic_pattern_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern
    ADD CONSTRAINT __kinematic_pattern_pkey PRIMARY KEY (kin_paramset);


--
-- Name: __kinematics__trial_feature __kinematics__trial_feature_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematics__trial_feature
    ADD CONSTRAINT __kinematics__trial_feature_pkey PRIMARY KEY (subject_id, session_id, kin_paramset, trial_id, feature);


--
-- Name: __kinematics __kinematics_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematics
    ADD CONSTRAINT __kinematics_pkey PRIMARY KEY (subject_id, session_id, kin_paramset);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: #pose_decoding_params #pose_decoding_params_pkey; Type: CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models."#pose_decoding_params"
    ADD CONSTRAINT "#pose_decoding_params_pkey" PRIMARY KEY (decode_paramset);


--
-- Name: __pose_decoding__fold __pose_decoding__fold_pkey; Type: CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__fold
    ADD CONSTRAINT __pose_decoding__fold_pkey PRIMARY KEY (kin_paramset, decode_paramset, region, fold);


--
-- Name: __pose_decoding__region __pose_decoding__region_pkey; Type: CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__region
    ADD CONSTRAINT __pose_decoding__region_pkey PRIMARY KEY (kin_paramset, decode_paramset, region);


--
-- Name: __pose_decoding__source __pose_decoding__source_pkey; Type: CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__source
    ADD CONSTRAINT __pose_decoding__source_pkey PRIMARY KEY (kin_paramset, decode_paramset, subject_id, session_id);


--
-- Name: __pose_decoding __pose_decoding_pkey; Type: CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding
    ADD CONSTRAINT __pose_decoding_pkey PRIMARY KEY (kin_paramset, decode_paramset);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: __opto_effect__measure __opto_effect__measure_pkey; Type: CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_effect__measure
    ADD CONSTRAINT __opto_effect__measure_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset, measure, valence_name);


--
-- Name: __opto_effect __opto_effect_pkey; Type: CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_effect
    ADD CONSTRAINT __opto_effect_pkey PRIMARY KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset);


--
-- Name: __opto_group_effect__group __opto_group_effect__group_pkey; Type: CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect__group
    ADD CONSTRAINT __opto_group_effect__group_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset, subject_group, measure, valence_name);


--
-- Name: __opto_group_effect__source __opto_group_effect__source_pkey; Type: CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect__source
    ADD CONSTRAINT __opto_group_effect__source_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset, subject_id, session_id);


--
-- Name: __opto_group_effect __opto_group_effect_pkey; Type: CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect
    ADD CONSTRAINT __opto_group_effect_pkey PRIMARY KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: #photometry_params #photometry_params_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry."#photometry_params"
    ADD CONSTRAINT "#photometry_params_pkey" PRIMARY KEY (phot_paramset);


--
-- Name: __neuron_type_pattern__cell_type __neuron_type_pattern__cell_type_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__cell_type
    ADD CONSTRAINT __neuron_type_pattern__cell_type_pkey PRIMARY KEY (phot_paramset, cell_type);


--
-- Name: __neuron_type_pattern__source __neuron_type_pattern__source_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__source
    ADD CONSTRAINT __neuron_type_pattern__source_pkey PRIMARY KEY (phot_paramset, subject_id, session_id, stimulus);


--
-- Name: __neuron_type_pattern__stimulus __neuron_type_pattern__stimulus_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__stimulus
    ADD CONSTRAINT __neuron_type_pattern__stimulus_pkey PRIMARY KEY (phot_paramset, cell_type, stimulus_name);


--
-- Name: __neuron_type_pattern __neuron_type_pattern_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern
    ADD CONSTRAINT __neuron_type_pattern_pkey PRIMARY KEY (phot_paramset);


--
-- Name: __photometry_p_s_t_h__trial_p_s_t_h __photometry_p_s_t_h__trial_p_s_t_h_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h
    ADD CONSTRAINT __photometry_p_s_t_h__trial_p_s_t_h_pkey PRIMARY KEY (subject_id, session_id, phot_paramset, stimulus, trial_id);


--
-- Name: __photometry_p_s_t_h __photometry_p_s_t_h_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_p_s_t_h
    ADD CONSTRAINT __photometry_p_s_t_h_pkey PRIMARY KEY (subject_id, session_id, phot_paramset, stimulus);


--
-- Name: __photometry_trace __photometry_trace_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_trace
    ADD CONSTRAINT __photometry_trace_pkey PRIMARY KEY (subject_id, session_id, phot_paramset);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: #stimulus #stimulus_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session."#stimulus"
    ADD CONSTRAINT "#stimulus_pkey" PRIMARY KEY (stimulus);


--
-- Name: #valence #valence_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session."#valence"
    ADD CONSTRAINT "#valence_pkey" PRIMARY KEY (valence);


--
-- Name: injection injection_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.injection
    ADD CONSTRAINT injection_pkey PRIMARY KEY (subject_id, session_id, injection_id);


--
-- Name: nwbfile nwbfile_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.nwbfile
    ADD CONSTRAINT nwbfile_pkey PRIMARY KEY (subject_id, session_id);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (subject_id, session_id);


--
-- Name: subject subject_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.subject
    ADD CONSTRAINT subject_pkey PRIMARY KEY (subject_id);


--
-- Name: trial trial_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.trial
    ADD CONSTRAINT trial_pkey PRIMARY KEY (subject_id, session_id, trial_id);


--
-- Name: ~lineage ~lineage_pkey; Type: CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session."~lineage"
    ADD CONSTRAINT "~lineage_pkey" PRIMARY KEY (table_name, attribute_name);


--
-- Name: idx___face_neural_correlation_corr_paramset; Type: INDEX; Schema: fvsnap_correlation; Owner: -
--

CREATE INDEX idx___face_neural_correlation_corr_paramset ON fvsnap_correlation.__face_neural_correlation USING btree (corr_paramset);


--
-- Name: idx___face_neural_correlation_subject_id_session_id_proto_id; Type: INDEX; Schema: fvsnap_correlation; Owner: -
--

CREATE INDEX idx___face_neural_correlation_subject_id_session_id_proto_id ON fvsnap_correlation.__face_neural_correlation USING btree (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset);


--
-- Name: idx___face_neural_pattern__source_subject_id_session_id_phot_pa; Type: INDEX; Schema: fvsnap_correlation; Owner: -
--

CREATE INDEX idx___face_neural_pattern__source_subject_id_session_id_phot_pa ON fvsnap_correlation.__face_neural_pattern__source USING btree (subject_id, session_id, phot_paramset, stimulus, proto_id, reg_paramset, hog_paramset, proto_paramset, corr_paramset);


--
-- Name: idx___face_neural_pattern_corr_paramset; Type: INDEX; Schema: fvsnap_correlation; Owner: -
--

CREATE INDEX idx___face_neural_pattern_corr_paramset ON fvsnap_correlation.__face_neural_pattern USING btree (corr_paramset);


--
-- Name: idx___face_neural_pattern_phot_paramset; Type: INDEX; Schema: fvsnap_correlation; Owner: -
--

CREATE INDEX idx___face_neural_pattern_phot_paramset ON fvsnap_correlation.__face_neural_pattern USING btree (phot_paramset);


--
-- Name: idx___classifier_training__per_mouse_subject_id; Type: INDEX; Schema: fvsnap_deep; Owner: -
--

CREATE INDEX idx___classifier_training__per_mouse_subject_id ON fvsnap_deep.__classifier_training__per_mouse USING btree (subject_id);


--
-- Name: idx___deep_dataset__session_subject_id_session_id_proto_id; Type: INDEX; Schema: fvsnap_deep; Owner: -
--

CREATE INDEX idx___deep_dataset__session_subject_id_session_id_proto_id ON fvsnap_deep.__deep_dataset__session USING btree (subject_id, session_id, proto_id, reg_paramset);


--
-- Name: idx___deep_dataset__trial_role_subject_id_session_id_trial_id; Type: INDEX; Schema: fvsnap_deep; Owner: -
--

CREATE INDEX idx___deep_dataset__trial_role_subject_id_session_id_trial_id ON fvsnap_deep.__deep_dataset__trial_role USING btree (subject_id, session_id, trial_id);


--
-- Name: idx___grad_c_a_m_map_cam_model; Type: INDEX; Schema: fvsnap_deep; Owner: -
--

CREATE INDEX idx___grad_c_a_m_map_cam_model ON fvsnap_deep.__grad_c_a_m_map USING btree (cam_model);


--
-- Name: idx_model_selection_proto_id; Type: INDEX; Schema: fvsnap_deep; Owner: -
--

CREATE INDEX idx_model_selection_proto_id ON fvsnap_deep.model_selection USING btree (proto_id);


--
-- Name: idx_model_selection_reg_paramset; Type: INDEX; Schema: fvsnap_deep; Owner: -
--

CREATE INDEX idx_model_selection_reg_paramset ON fvsnap_deep.model_selection USING btree (reg_paramset);


--
-- Name: idx___cumulative_similarity_valence; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___cumulative_similarity_valence ON fvsnap_face.__cumulative_similarity USING btree (valence);


--
-- Name: idx___drug_effect_drug_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___drug_effect_drug_paramset ON fvsnap_face.__drug_effect USING btree (drug_paramset);


--
-- Name: idx___drug_effect_subject_id_session_id_injectio; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___drug_effect_subject_id_session_id_injectio ON fvsnap_face.__drug_effect USING btree (subject_id, session_id, injection_id);


--
-- Name: idx___embedding_emb_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___embedding_emb_paramset ON fvsnap_face.__embedding USING btree (emb_paramset);


--
-- Name: idx___h_o_g_features__window_subject_id_session_id_trial_id; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___h_o_g_features__window_subject_id_session_id_trial_id ON fvsnap_face.__h_o_g_features__window USING btree (subject_id, session_id, trial_id);


--
-- Name: idx___h_o_g_features_hog_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___h_o_g_features_hog_paramset ON fvsnap_face.__h_o_g_features USING btree (hog_paramset);


--
-- Name: idx___motion_energy__heatmap_stimulus; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___motion_energy__heatmap_stimulus ON fvsnap_face.__motion_energy__heatmap USING btree (stimulus);


--
-- Name: idx___motion_energy_motion_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___motion_energy_motion_paramset ON fvsnap_face.__motion_energy USING btree (motion_paramset);


--
-- Name: idx___prototype__source_subject_id_session_id_proto_id; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___prototype__source_subject_id_session_id_proto_id ON fvsnap_face.__prototype__source USING btree (subject_id, session_id, proto_id, reg_paramset, hog_paramset);


--
-- Name: idx___prototype_hog_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___prototype_hog_paramset ON fvsnap_face.__prototype USING btree (hog_paramset);


--
-- Name: idx___prototype_proto_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___prototype_proto_paramset ON fvsnap_face.__prototype USING btree (proto_paramset);


--
-- Name: idx___prototype_reg_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___prototype_reg_paramset ON fvsnap_face.__prototype USING btree (reg_paramset);


--
-- Name: idx___prototype_score__trial_score_subject_id_session_id_trial_; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___prototype_score__trial_score_subject_id_session_id_trial_ ON fvsnap_face.__prototype_score__trial_score USING btree (subject_id, session_id, trial_id);


--
-- Name: idx___prototype_score_proto_id_reg_paramset_hog_para; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___prototype_score_proto_id_reg_paramset_hog_para ON fvsnap_face.__prototype_score USING btree (proto_id, reg_paramset, hog_paramset, proto_paramset);


--
-- Name: idx___registered_h_o_g__window_subject_id_session_id_trial_id; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___registered_h_o_g__window_subject_id_session_id_trial_id ON fvsnap_face.__registered_h_o_g__window USING btree (subject_id, session_id, trial_id);


--
-- Name: idx___registered_h_o_g_hog_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___registered_h_o_g_hog_paramset ON fvsnap_face.__registered_h_o_g USING btree (hog_paramset);


--
-- Name: idx___registration_proto_id; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___registration_proto_id ON fvsnap_face.__registration USING btree (proto_id);


--
-- Name: idx___registration_reg_paramset; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx___registration_reg_paramset ON fvsnap_face.__registration USING btree (reg_paramset);


--
-- Name: idx_prototype_mouse_subject_id; Type: INDEX; Schema: fvsnap_face; Owner: -
--

CREATE INDEX idx_prototype_mouse_subject_id ON fvsnap_face.prototype_mouse USING btree (subject_id);


--
-- Name: idx___face_features_kin_paramset; Type: INDEX; Schema: fvsnap_kinematics; Owner: -
--

CREATE INDEX idx___face_features_kin_paramset ON fvsnap_kinematics.__face_features USING btree (kin_paramset);


--
-- Name: idx___kinematic_pattern__source_subject_id_session_id_kin_para; Type: INDEX; Schema: fvsnap_kinematics; Owner: -
--

CREATE INDEX idx___kinematic_pattern__source_subject_id_session_id_kin_para ON fvsnap_kinematics.__kinematic_pattern__source USING btree (subject_id, session_id, kin_paramset);


--
-- Name: idx___kinematics__trial_feature_subject_id_session_id_trial_id; Type: INDEX; Schema: fvsnap_kinematics; Owner: -
--

CREATE INDEX idx___kinematics__trial_feature_subject_id_session_id_trial_id ON fvsnap_kinematics.__kinematics__trial_feature USING btree (subject_id, session_id, trial_id);


--
-- Name: idx___pose_decoding__source_subject_id_session_id_kin_para; Type: INDEX; Schema: fvsnap_models; Owner: -
--

CREATE INDEX idx___pose_decoding__source_subject_id_session_id_kin_para ON fvsnap_models.__pose_decoding__source USING btree (subject_id, session_id, kin_paramset);


--
-- Name: idx___pose_decoding_decode_paramset; Type: INDEX; Schema: fvsnap_models; Owner: -
--

CREATE INDEX idx___pose_decoding_decode_paramset ON fvsnap_models.__pose_decoding USING btree (decode_paramset);


--
-- Name: idx___opto_effect_subject_id_session_id_kin_para; Type: INDEX; Schema: fvsnap_opto; Owner: -
--

CREATE INDEX idx___opto_effect_subject_id_session_id_kin_para ON fvsnap_opto.__opto_effect USING btree (subject_id, session_id, kin_paramset);


--
-- Name: idx___opto_group_effect__source_subject_id_session_id_proto_id; Type: INDEX; Schema: fvsnap_opto; Owner: -
--

CREATE INDEX idx___opto_group_effect__source_subject_id_session_id_proto_id ON fvsnap_opto.__opto_group_effect__source USING btree (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset);


--
-- Name: idx___opto_group_effect_kin_paramset; Type: INDEX; Schema: fvsnap_opto; Owner: -
--

CREATE INDEX idx___opto_group_effect_kin_paramset ON fvsnap_opto.__opto_group_effect USING btree (kin_paramset);


--
-- Name: idx___neuron_type_pattern__source_subject_id_session_id_phot_pa; Type: INDEX; Schema: fvsnap_photometry; Owner: -
--

CREATE INDEX idx___neuron_type_pattern__source_subject_id_session_id_phot_pa ON fvsnap_photometry.__neuron_type_pattern__source USING btree (subject_id, session_id, phot_paramset, stimulus);


--
-- Name: idx___photometry_p_s_t_h__trial_p_s_t_h_subject_id_session_id_t; Type: INDEX; Schema: fvsnap_photometry; Owner: -
--

CREATE INDEX idx___photometry_p_s_t_h__trial_p_s_t_h_subject_id_session_id_t ON fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h USING btree (subject_id, session_id, trial_id);


--
-- Name: idx___photometry_p_s_t_h_stimulus; Type: INDEX; Schema: fvsnap_photometry; Owner: -
--

CREATE INDEX idx___photometry_p_s_t_h_stimulus ON fvsnap_photometry.__photometry_p_s_t_h USING btree (stimulus);


--
-- Name: idx___photometry_trace_phot_paramset; Type: INDEX; Schema: fvsnap_photometry; Owner: -
--

CREATE INDEX idx___photometry_trace_phot_paramset ON fvsnap_photometry.__photometry_trace USING btree (phot_paramset);


--
-- Name: idx_trial_stimulus; Type: INDEX; Schema: fvsnap_session; Owner: -
--

CREATE INDEX idx_trial_stimulus ON fvsnap_session.trial USING btree (stimulus);


--
-- Name: idx_trial_valence; Type: INDEX; Schema: fvsnap_session; Owner: -
--

CREATE INDEX idx_trial_valence ON fvsnap_session.trial USING btree (valence);


--
-- Name: __face_neural_correlation __face_neural_correlation_corr_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_correlation
    ADD CONSTRAINT __face_neural_correlation_corr_paramset_fkey FOREIGN KEY (corr_paramset) REFERENCES fvsnap_correlation."#correlation_params"(corr_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_correlation __face_neural_correlation_subject_id_session_id_phot_param_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_correlation
    ADD CONSTRAINT __face_neural_correlation_subject_id_session_id_phot_param_fkey FOREIGN KEY (subject_id, session_id, phot_paramset, stimulus) REFERENCES fvsnap_photometry.__photometry_p_s_t_h(subject_id, session_id, phot_paramset, stimulus) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_correlation __face_neural_correlation_subject_id_session_id_proto_id_r_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_correlation
    ADD CONSTRAINT __face_neural_correlation_subject_id_session_id_proto_id_r_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype_score(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_pattern__cell_type_valence __face_neural_pattern__cell_t_proto_id_reg_paramset_hog_pa_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern__cell_type_valence
    ADD CONSTRAINT __face_neural_pattern__cell_t_proto_id_reg_paramset_hog_pa_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset) REFERENCES fvsnap_correlation.__face_neural_pattern(proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_pattern__source __face_neural_pattern__source_proto_id_reg_paramset_hog_pa_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern__source
    ADD CONSTRAINT __face_neural_pattern__source_proto_id_reg_paramset_hog_pa_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset) REFERENCES fvsnap_correlation.__face_neural_pattern(proto_id, reg_paramset, hog_paramset, proto_paramset, phot_paramset, corr_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_pattern__source __face_neural_pattern__source_subject_id_session_id_phot_p_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern__source
    ADD CONSTRAINT __face_neural_pattern__source_subject_id_session_id_phot_p_fkey FOREIGN KEY (subject_id, session_id, phot_paramset, stimulus, proto_id, reg_paramset, hog_paramset, proto_paramset, corr_paramset) REFERENCES fvsnap_correlation.__face_neural_correlation(subject_id, session_id, phot_paramset, stimulus, proto_id, reg_paramset, hog_paramset, proto_paramset, corr_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_pattern __face_neural_pattern_corr_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern
    ADD CONSTRAINT __face_neural_pattern_corr_paramset_fkey FOREIGN KEY (corr_paramset) REFERENCES fvsnap_correlation."#correlation_params"(corr_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_pattern __face_neural_pattern_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern
    ADD CONSTRAINT __face_neural_pattern_phot_paramset_fkey FOREIGN KEY (phot_paramset) REFERENCES fvsnap_photometry."#photometry_params"(phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_neural_pattern __face_neural_pattern_proto_id_reg_paramset_hog_paramset_p_fkey; Type: FK CONSTRAINT; Schema: fvsnap_correlation; Owner: -
--

ALTER TABLE ONLY fvsnap_correlation.__face_neural_pattern
    ADD CONSTRAINT __face_neural_pattern_proto_id_reg_paramset_hog_paramset_p_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype(proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __classifier_training__per_mouse __classifier_training__per_mo_model_paramset_proto_id_reg__fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training__per_mouse
    ADD CONSTRAINT __classifier_training__per_mo_model_paramset_proto_id_reg__fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset, run) REFERENCES fvsnap_deep.__classifier_training__run(model_paramset, proto_id, reg_paramset, run) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __classifier_training__per_mouse __classifier_training__per_mouse_subject_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training__per_mouse
    ADD CONSTRAINT __classifier_training__per_mouse_subject_id_fkey FOREIGN KEY (subject_id) REFERENCES fvsnap_session.subject(subject_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __classifier_training__run __classifier_training__run_model_paramset_proto_id_reg_par_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training__run
    ADD CONSTRAINT __classifier_training__run_model_paramset_proto_id_reg_par_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__classifier_training(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __classifier_training __classifier_training_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__classifier_training
    ADD CONSTRAINT __classifier_training_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __deep_dataset__mask __deep_dataset__mask_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__mask
    ADD CONSTRAINT __deep_dataset__mask_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __deep_dataset__session __deep_dataset__session_model_paramset_proto_id_reg_params_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__session
    ADD CONSTRAINT __deep_dataset__session_model_paramset_proto_id_reg_params_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __deep_dataset__session __deep_dataset__session_subject_id_session_id_proto_id_reg_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__session
    ADD CONSTRAINT __deep_dataset__session_subject_id_session_id_proto_id_reg_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset) REFERENCES fvsnap_face.__registration(subject_id, session_id, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __deep_dataset__trial_role __deep_dataset__trial_role_model_paramset_proto_id_reg_par_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__trial_role
    ADD CONSTRAINT __deep_dataset__trial_role_model_paramset_proto_id_reg_par_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __deep_dataset__trial_role __deep_dataset__trial_role_subject_id_session_id_trial_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset__trial_role
    ADD CONSTRAINT __deep_dataset__trial_role_subject_id_session_id_trial_id_fkey FOREIGN KEY (subject_id, session_id, trial_id) REFERENCES fvsnap_session.trial(subject_id, session_id, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __deep_dataset __deep_dataset_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__deep_dataset
    ADD CONSTRAINT __deep_dataset_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.model_selection(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __grad_c_a_m_map__map __grad_c_a_m_map__map_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__grad_c_a_m_map__map
    ADD CONSTRAINT __grad_c_a_m_map__map_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset, cam_model) REFERENCES fvsnap_deep.__grad_c_a_m_map(model_paramset, proto_id, reg_paramset, cam_model) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __grad_c_a_m_map __grad_c_a_m_map_cam_model_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__grad_c_a_m_map
    ADD CONSTRAINT __grad_c_a_m_map_cam_model_fkey FOREIGN KEY (cam_model) REFERENCES fvsnap_deep."#grad_c_a_m_model"(cam_model) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __grad_c_a_m_map __grad_c_a_m_map_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__grad_c_a_m_map
    ADD CONSTRAINT __grad_c_a_m_map_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __occlusion_result__region __occlusion_result__region_model_paramset_proto_id_reg_par_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__occlusion_result__region
    ADD CONSTRAINT __occlusion_result__region_model_paramset_proto_id_reg_par_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__occlusion_result(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __occlusion_result __occlusion_result_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__occlusion_result
    ADD CONSTRAINT __occlusion_result_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __siamese_training __siamese_training_model_paramset_proto_id_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.__siamese_training
    ADD CONSTRAINT __siamese_training_model_paramset_proto_id_reg_paramset_fkey FOREIGN KEY (model_paramset, proto_id, reg_paramset) REFERENCES fvsnap_deep.__deep_dataset(model_paramset, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: model_selection model_selection_model_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.model_selection
    ADD CONSTRAINT model_selection_model_paramset_fkey FOREIGN KEY (model_paramset) REFERENCES fvsnap_deep."#model_params"(model_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: model_selection model_selection_proto_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.model_selection
    ADD CONSTRAINT model_selection_proto_id_fkey FOREIGN KEY (proto_id) REFERENCES fvsnap_face.prototype_mouse(proto_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: model_selection model_selection_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_deep; Owner: -
--

ALTER TABLE ONLY fvsnap_deep.model_selection
    ADD CONSTRAINT model_selection_reg_paramset_fkey FOREIGN KEY (reg_paramset) REFERENCES fvsnap_face."#registration_params"(reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __arousal __arousal_subject_id_session_id_hog_paramset_trial_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__arousal
    ADD CONSTRAINT __arousal_subject_id_session_id_hog_paramset_trial_id_fkey FOREIGN KEY (subject_id, session_id, hog_paramset, trial_id) REFERENCES fvsnap_face.__h_o_g_features__window(subject_id, session_id, hog_paramset, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __cumulative_similarity __cumulative_similarity_subject_id_session_id_proto_id_reg_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__cumulative_similarity
    ADD CONSTRAINT __cumulative_similarity_subject_id_session_id_proto_id_reg_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype_score(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __cumulative_similarity __cumulative_similarity_valence_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__cumulative_similarity
    ADD CONSTRAINT __cumulative_similarity_valence_fkey FOREIGN KEY (valence) REFERENCES fvsnap_session."#valence"(valence) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __drug_effect__window __drug_effect__window_subject_id_session_id_proto_id_reg_p_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__drug_effect__window
    ADD CONSTRAINT __drug_effect__window_subject_id_session_id_proto_id_reg_p_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, injection_id, drug_paramset) REFERENCES fvsnap_face.__drug_effect(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, injection_id, drug_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __drug_effect __drug_effect_drug_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__drug_effect
    ADD CONSTRAINT __drug_effect_drug_paramset_fkey FOREIGN KEY (drug_paramset) REFERENCES fvsnap_face."#drug_window_params"(drug_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __drug_effect __drug_effect_subject_id_session_id_injection_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__drug_effect
    ADD CONSTRAINT __drug_effect_subject_id_session_id_injection_id_fkey FOREIGN KEY (subject_id, session_id, injection_id) REFERENCES fvsnap_session.injection(subject_id, session_id, injection_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __drug_effect __drug_effect_subject_id_session_id_proto_id_reg_paramset__fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__drug_effect
    ADD CONSTRAINT __drug_effect_subject_id_session_id_proto_id_reg_paramset__fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype_score(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __embedding __embedding_emb_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__embedding
    ADD CONSTRAINT __embedding_emb_paramset_fkey FOREIGN KEY (emb_paramset) REFERENCES fvsnap_face."#embedding_params"(emb_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __embedding __embedding_subject_id_session_id_hog_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__embedding
    ADD CONSTRAINT __embedding_subject_id_session_id_hog_paramset_fkey FOREIGN KEY (subject_id, session_id, hog_paramset) REFERENCES fvsnap_face.__h_o_g_features(subject_id, session_id, hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __h_o_g_features__window __h_o_g_features__window_subject_id_session_id_hog_paramse_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__h_o_g_features__window
    ADD CONSTRAINT __h_o_g_features__window_subject_id_session_id_hog_paramse_fkey FOREIGN KEY (subject_id, session_id, hog_paramset) REFERENCES fvsnap_face.__h_o_g_features(subject_id, session_id, hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __h_o_g_features__window __h_o_g_features__window_subject_id_session_id_trial_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__h_o_g_features__window
    ADD CONSTRAINT __h_o_g_features__window_subject_id_session_id_trial_id_fkey FOREIGN KEY (subject_id, session_id, trial_id) REFERENCES fvsnap_session.trial(subject_id, session_id, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __h_o_g_features __h_o_g_features_hog_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__h_o_g_features
    ADD CONSTRAINT __h_o_g_features_hog_paramset_fkey FOREIGN KEY (hog_paramset) REFERENCES fvsnap_face."#h_o_g_params"(hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __h_o_g_features __h_o_g_features_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__h_o_g_features
    ADD CONSTRAINT __h_o_g_features_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.nwbfile(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __motion_energy__heatmap __motion_energy__heatmap_stimulus_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__motion_energy__heatmap
    ADD CONSTRAINT __motion_energy__heatmap_stimulus_fkey FOREIGN KEY (stimulus) REFERENCES fvsnap_session."#stimulus"(stimulus) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __motion_energy__heatmap __motion_energy__heatmap_subject_id_session_id_motion_para_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__motion_energy__heatmap
    ADD CONSTRAINT __motion_energy__heatmap_subject_id_session_id_motion_para_fkey FOREIGN KEY (subject_id, session_id, motion_paramset) REFERENCES fvsnap_face.__motion_energy(subject_id, session_id, motion_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __motion_energy __motion_energy_motion_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__motion_energy
    ADD CONSTRAINT __motion_energy_motion_paramset_fkey FOREIGN KEY (motion_paramset) REFERENCES fvsnap_face."#motion_params"(motion_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __motion_energy __motion_energy_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__motion_energy
    ADD CONSTRAINT __motion_energy_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.nwbfile(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype__source __prototype__source_proto_id_reg_paramset_hog_paramset_pro_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype__source
    ADD CONSTRAINT __prototype__source_proto_id_reg_paramset_hog_paramset_pro_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype(proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype__source __prototype__source_subject_id_session_id_proto_id_reg_par_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype__source
    ADD CONSTRAINT __prototype__source_subject_id_session_id_proto_id_reg_par_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset) REFERENCES fvsnap_face.__registered_h_o_g(subject_id, session_id, proto_id, reg_paramset, hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype__sub __prototype__sub_proto_id_reg_paramset_hog_paramset_proto__fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype__sub
    ADD CONSTRAINT __prototype__sub_proto_id_reg_paramset_hog_paramset_proto__fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype(proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype __prototype_hog_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype
    ADD CONSTRAINT __prototype_hog_paramset_fkey FOREIGN KEY (hog_paramset) REFERENCES fvsnap_face."#h_o_g_params"(hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype __prototype_proto_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype
    ADD CONSTRAINT __prototype_proto_id_fkey FOREIGN KEY (proto_id) REFERENCES fvsnap_face.prototype_mouse(proto_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype __prototype_proto_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype
    ADD CONSTRAINT __prototype_proto_paramset_fkey FOREIGN KEY (proto_paramset) REFERENCES fvsnap_face."#prototype_params"(proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype __prototype_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype
    ADD CONSTRAINT __prototype_reg_paramset_fkey FOREIGN KEY (reg_paramset) REFERENCES fvsnap_face."#registration_params"(reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype_score__trial_score __prototype_score__trial_scor_subject_id_session_id_proto__fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype_score__trial_score
    ADD CONSTRAINT __prototype_score__trial_scor_subject_id_session_id_proto__fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype_score(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype_score__trial_score __prototype_score__trial_scor_subject_id_session_id_trial__fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype_score__trial_score
    ADD CONSTRAINT __prototype_score__trial_scor_subject_id_session_id_trial__fkey FOREIGN KEY (subject_id, session_id, trial_id) REFERENCES fvsnap_session.trial(subject_id, session_id, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype_score __prototype_score_proto_id_reg_paramset_hog_paramset_proto_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype_score
    ADD CONSTRAINT __prototype_score_proto_id_reg_paramset_hog_paramset_proto_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype(proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __prototype_score __prototype_score_subject_id_session_id_proto_id_reg_param_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__prototype_score
    ADD CONSTRAINT __prototype_score_subject_id_session_id_proto_id_reg_param_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset) REFERENCES fvsnap_face.__registration(subject_id, session_id, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registered_h_o_g__window __registered_h_o_g__window_subject_id_session_id_proto_id__fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registered_h_o_g__window
    ADD CONSTRAINT __registered_h_o_g__window_subject_id_session_id_proto_id__fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset) REFERENCES fvsnap_face.__registered_h_o_g(subject_id, session_id, proto_id, reg_paramset, hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registered_h_o_g__window __registered_h_o_g__window_subject_id_session_id_trial_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registered_h_o_g__window
    ADD CONSTRAINT __registered_h_o_g__window_subject_id_session_id_trial_id_fkey FOREIGN KEY (subject_id, session_id, trial_id) REFERENCES fvsnap_session.trial(subject_id, session_id, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registered_h_o_g __registered_h_o_g_hog_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registered_h_o_g
    ADD CONSTRAINT __registered_h_o_g_hog_paramset_fkey FOREIGN KEY (hog_paramset) REFERENCES fvsnap_face."#h_o_g_params"(hog_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registered_h_o_g __registered_h_o_g_subject_id_session_id_proto_id_reg_para_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registered_h_o_g
    ADD CONSTRAINT __registered_h_o_g_subject_id_session_id_proto_id_reg_para_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset) REFERENCES fvsnap_face.__registration(subject_id, session_id, proto_id, reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registration __registration_proto_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registration
    ADD CONSTRAINT __registration_proto_id_fkey FOREIGN KEY (proto_id) REFERENCES fvsnap_face.prototype_mouse(proto_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registration __registration_reg_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registration
    ADD CONSTRAINT __registration_reg_paramset_fkey FOREIGN KEY (reg_paramset) REFERENCES fvsnap_face."#registration_params"(reg_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __registration __registration_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.__registration
    ADD CONSTRAINT __registration_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.nwbfile(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: prototype_mouse prototype_mouse_subject_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_face; Owner: -
--

ALTER TABLE ONLY fvsnap_face.prototype_mouse
    ADD CONSTRAINT prototype_mouse_subject_id_fkey FOREIGN KEY (subject_id) REFERENCES fvsnap_session.subject(subject_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_features __face_features_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__face_features
    ADD CONSTRAINT __face_features_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics."#kinematics_params"(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __face_features __face_features_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__face_features
    ADD CONSTRAINT __face_features_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.nwbfile(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __keypoint_p_c_a __keypoint_p_c_a_subject_id_session_id_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__keypoint_p_c_a
    ADD CONSTRAINT __keypoint_p_c_a_subject_id_session_id_kin_paramset_fkey FOREIGN KEY (subject_id, session_id, kin_paramset) REFERENCES fvsnap_kinematics.__face_features(subject_id, session_id, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematic_pattern__across __kinematic_pattern__across_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__across
    ADD CONSTRAINT __kinematic_pattern__across_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics.__kinematic_pattern(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematic_pattern__source __kinematic_pattern__source_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__source
    ADD CONSTRAINT __kinematic_pattern__source_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics.__kinematic_pattern(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematic_pattern__source __kinematic_pattern__source_subject_id_session_id_kin_para_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__source
    ADD CONSTRAINT __kinematic_pattern__source_subject_id_session_id_kin_para_fkey FOREIGN KEY (subject_id, session_id, kin_paramset) REFERENCES fvsnap_kinematics.__kinematics(subject_id, session_id, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematic_pattern__stimulus __kinematic_pattern__stimulus_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__stimulus
    ADD CONSTRAINT __kinematic_pattern__stimulus_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics.__kinematic_pattern(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematic_pattern__valence __kinematic_pattern__valence_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern__valence
    ADD CONSTRAINT __kinematic_pattern__valence_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics.__kinematic_pattern(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematic_pattern __kinematic_pattern_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematic_pattern
    ADD CONSTRAINT __kinematic_pattern_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics."#kinematics_params"(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematics__trial_feature __kinematics__trial_feature_subject_id_session_id_kin_para_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematics__trial_feature
    ADD CONSTRAINT __kinematics__trial_feature_subject_id_session_id_kin_para_fkey FOREIGN KEY (subject_id, session_id, kin_paramset) REFERENCES fvsnap_kinematics.__kinematics(subject_id, session_id, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematics__trial_feature __kinematics__trial_feature_subject_id_session_id_trial_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematics__trial_feature
    ADD CONSTRAINT __kinematics__trial_feature_subject_id_session_id_trial_id_fkey FOREIGN KEY (subject_id, session_id, trial_id) REFERENCES fvsnap_session.trial(subject_id, session_id, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __kinematics __kinematics_subject_id_session_id_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_kinematics; Owner: -
--

ALTER TABLE ONLY fvsnap_kinematics.__kinematics
    ADD CONSTRAINT __kinematics_subject_id_session_id_kin_paramset_fkey FOREIGN KEY (subject_id, session_id, kin_paramset) REFERENCES fvsnap_kinematics.__face_features(subject_id, session_id, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __pose_decoding__fold __pose_decoding__fold_kin_paramset_decode_paramset_region_fkey; Type: FK CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__fold
    ADD CONSTRAINT __pose_decoding__fold_kin_paramset_decode_paramset_region_fkey FOREIGN KEY (kin_paramset, decode_paramset, region) REFERENCES fvsnap_models.__pose_decoding__region(kin_paramset, decode_paramset, region) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __pose_decoding__region __pose_decoding__region_kin_paramset_decode_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__region
    ADD CONSTRAINT __pose_decoding__region_kin_paramset_decode_paramset_fkey FOREIGN KEY (kin_paramset, decode_paramset) REFERENCES fvsnap_models.__pose_decoding(kin_paramset, decode_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __pose_decoding__source __pose_decoding__source_kin_paramset_decode_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__source
    ADD CONSTRAINT __pose_decoding__source_kin_paramset_decode_paramset_fkey FOREIGN KEY (kin_paramset, decode_paramset) REFERENCES fvsnap_models.__pose_decoding(kin_paramset, decode_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __pose_decoding__source __pose_decoding__source_subject_id_session_id_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding__source
    ADD CONSTRAINT __pose_decoding__source_subject_id_session_id_kin_paramset_fkey FOREIGN KEY (subject_id, session_id, kin_paramset) REFERENCES fvsnap_kinematics.__kinematics(subject_id, session_id, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __pose_decoding __pose_decoding_decode_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding
    ADD CONSTRAINT __pose_decoding_decode_paramset_fkey FOREIGN KEY (decode_paramset) REFERENCES fvsnap_models."#pose_decoding_params"(decode_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __pose_decoding __pose_decoding_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_models; Owner: -
--

ALTER TABLE ONLY fvsnap_models.__pose_decoding
    ADD CONSTRAINT __pose_decoding_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics."#kinematics_params"(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_effect__measure __opto_effect__measure_subject_id_session_id_proto_id_reg__fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_effect__measure
    ADD CONSTRAINT __opto_effect__measure_subject_id_session_id_proto_id_reg__fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) REFERENCES fvsnap_opto.__opto_effect(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_effect __opto_effect_subject_id_session_id_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_effect
    ADD CONSTRAINT __opto_effect_subject_id_session_id_kin_paramset_fkey FOREIGN KEY (subject_id, session_id, kin_paramset) REFERENCES fvsnap_kinematics.__kinematics(subject_id, session_id, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_effect __opto_effect_subject_id_session_id_proto_id_reg_paramset__fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_effect
    ADD CONSTRAINT __opto_effect_subject_id_session_id_proto_id_reg_paramset__fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype_score(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_group_effect__group __opto_group_effect__group_proto_id_reg_paramset_hog_param_fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect__group
    ADD CONSTRAINT __opto_group_effect__group_proto_id_reg_paramset_hog_param_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) REFERENCES fvsnap_opto.__opto_group_effect(proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_group_effect__source __opto_group_effect__source_proto_id_reg_paramset_hog_para_fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect__source
    ADD CONSTRAINT __opto_group_effect__source_proto_id_reg_paramset_hog_para_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) REFERENCES fvsnap_opto.__opto_group_effect(proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_group_effect__source __opto_group_effect__source_subject_id_session_id_proto_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect__source
    ADD CONSTRAINT __opto_group_effect__source_subject_id_session_id_proto_id_fkey FOREIGN KEY (subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) REFERENCES fvsnap_opto.__opto_effect(subject_id, session_id, proto_id, reg_paramset, hog_paramset, proto_paramset, kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_group_effect __opto_group_effect_kin_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect
    ADD CONSTRAINT __opto_group_effect_kin_paramset_fkey FOREIGN KEY (kin_paramset) REFERENCES fvsnap_kinematics."#kinematics_params"(kin_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __opto_group_effect __opto_group_effect_proto_id_reg_paramset_hog_paramset_pro_fkey; Type: FK CONSTRAINT; Schema: fvsnap_opto; Owner: -
--

ALTER TABLE ONLY fvsnap_opto.__opto_group_effect
    ADD CONSTRAINT __opto_group_effect_proto_id_reg_paramset_hog_paramset_pro_fkey FOREIGN KEY (proto_id, reg_paramset, hog_paramset, proto_paramset) REFERENCES fvsnap_face.__prototype(proto_id, reg_paramset, hog_paramset, proto_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __neuron_type_pattern__cell_type __neuron_type_pattern__cell_type_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__cell_type
    ADD CONSTRAINT __neuron_type_pattern__cell_type_phot_paramset_fkey FOREIGN KEY (phot_paramset) REFERENCES fvsnap_photometry.__neuron_type_pattern(phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __neuron_type_pattern__source __neuron_type_pattern__source_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__source
    ADD CONSTRAINT __neuron_type_pattern__source_phot_paramset_fkey FOREIGN KEY (phot_paramset) REFERENCES fvsnap_photometry.__neuron_type_pattern(phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __neuron_type_pattern__source __neuron_type_pattern__source_subject_id_session_id_phot_p_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__source
    ADD CONSTRAINT __neuron_type_pattern__source_subject_id_session_id_phot_p_fkey FOREIGN KEY (subject_id, session_id, phot_paramset, stimulus) REFERENCES fvsnap_photometry.__photometry_p_s_t_h(subject_id, session_id, phot_paramset, stimulus) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __neuron_type_pattern__stimulus __neuron_type_pattern__stimulus_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern__stimulus
    ADD CONSTRAINT __neuron_type_pattern__stimulus_phot_paramset_fkey FOREIGN KEY (phot_paramset) REFERENCES fvsnap_photometry.__neuron_type_pattern(phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __neuron_type_pattern __neuron_type_pattern_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__neuron_type_pattern
    ADD CONSTRAINT __neuron_type_pattern_phot_paramset_fkey FOREIGN KEY (phot_paramset) REFERENCES fvsnap_photometry."#photometry_params"(phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __photometry_p_s_t_h__trial_p_s_t_h __photometry_p_s_t_h__trial_p_subject_id_session_id_phot_p_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h
    ADD CONSTRAINT __photometry_p_s_t_h__trial_p_subject_id_session_id_phot_p_fkey FOREIGN KEY (subject_id, session_id, phot_paramset, stimulus) REFERENCES fvsnap_photometry.__photometry_p_s_t_h(subject_id, session_id, phot_paramset, stimulus) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __photometry_p_s_t_h__trial_p_s_t_h __photometry_p_s_t_h__trial_p_subject_id_session_id_trial__fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_p_s_t_h__trial_p_s_t_h
    ADD CONSTRAINT __photometry_p_s_t_h__trial_p_subject_id_session_id_trial__fkey FOREIGN KEY (subject_id, session_id, trial_id) REFERENCES fvsnap_session.trial(subject_id, session_id, trial_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __photometry_p_s_t_h __photometry_p_s_t_h_stimulus_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_p_s_t_h
    ADD CONSTRAINT __photometry_p_s_t_h_stimulus_fkey FOREIGN KEY (stimulus) REFERENCES fvsnap_session."#stimulus"(stimulus) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __photometry_p_s_t_h __photometry_p_s_t_h_subject_id_session_id_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_p_s_t_h
    ADD CONSTRAINT __photometry_p_s_t_h_subject_id_session_id_phot_paramset_fkey FOREIGN KEY (subject_id, session_id, phot_paramset) REFERENCES fvsnap_photometry.__photometry_trace(subject_id, session_id, phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __photometry_trace __photometry_trace_phot_paramset_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_trace
    ADD CONSTRAINT __photometry_trace_phot_paramset_fkey FOREIGN KEY (phot_paramset) REFERENCES fvsnap_photometry."#photometry_params"(phot_paramset) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: __photometry_trace __photometry_trace_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_photometry; Owner: -
--

ALTER TABLE ONLY fvsnap_photometry.__photometry_trace
    ADD CONSTRAINT __photometry_trace_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.nwbfile(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: injection injection_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.injection
    ADD CONSTRAINT injection_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.session(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: nwbfile nwbfile_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.nwbfile
    ADD CONSTRAINT nwbfile_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.session(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: session session_subject_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.session
    ADD CONSTRAINT session_subject_id_fkey FOREIGN KEY (subject_id) REFERENCES fvsnap_session.subject(subject_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: trial trial_stimulus_fkey; Type: FK CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.trial
    ADD CONSTRAINT trial_stimulus_fkey FOREIGN KEY (stimulus) REFERENCES fvsnap_session."#stimulus"(stimulus) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: trial trial_subject_id_session_id_fkey; Type: FK CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.trial
    ADD CONSTRAINT trial_subject_id_session_id_fkey FOREIGN KEY (subject_id, session_id) REFERENCES fvsnap_session.session(subject_id, session_id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: trial trial_valence_fkey; Type: FK CONSTRAINT; Schema: fvsnap_session; Owner: -
--

ALTER TABLE ONLY fvsnap_session.trial
    ADD CONSTRAINT trial_valence_fkey FOREIGN KEY (valence) REFERENCES fvsnap_session."#valence"(valence) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--

