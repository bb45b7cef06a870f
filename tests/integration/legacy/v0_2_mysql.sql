/*M!999999\- enable the sandbox mode */ 

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_session` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_session`;
DROP TABLE IF EXISTS `#stimulus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#stimulus` (
  `stimulus` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `default_valence` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`stimulus`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#stimulus` WRITE;
/*!40000 ALTER TABLE `#stimulus` DISABLE KEYS */;
INSERT INTO `#stimulus` VALUES
('bitter','negative','denatonium 5 mM'),
('nacl','positive','NaCl 75 mM'),
('shock','negative','tail shock 0.4 mA'),
('sucrose','positive','sucrose 4 %'),
('water','neutral','water (control)');
/*!40000 ALTER TABLE `#stimulus` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#valence`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#valence` (
  `valence` varchar(16) NOT NULL COMMENT ':varchar(16):',
  PRIMARY KEY (`valence`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#valence` WRITE;
/*!40000 ALTER TABLE `#valence` DISABLE KEYS */;
INSERT INTO `#valence` VALUES
('negative'),
('neutral'),
('positive');
/*!40000 ALTER TABLE `#valence` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `injection`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `injection` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `injection_id` smallint(6) NOT NULL COMMENT ':int16:',
  `drug` varchar(32) NOT NULL COMMENT ':varchar(32):lower case: saline, ethanol, licl, dom, ...',
  `dose` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):',
  `route` varchar(32) NOT NULL DEFAULT '' COMMENT ':varchar(32):',
  `time_s` double NOT NULL COMMENT ':float64:s, session clock',
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`subject_id`,`session_id`,`injection_id`),
  CONSTRAINT `injection_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `session` (`subject_id`, `session_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Drug injection of a drug session (paper, Fig. 3: 15 min baseline, i.p. injection, 60 min),';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `injection` WRITE;
/*!40000 ALTER TABLE `injection` DISABLE KEYS */;
/*!40000 ALTER TABLE `injection` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `nwbfile`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nwbfile` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `nwb_path` varchar(1024) NOT NULL COMMENT ':varchar(1024):absolute path at ingestion',
  `sha256` char(64) NOT NULL COMMENT ':char(64):',
  `size_bytes` bigint(20) NOT NULL COMMENT ':int64:',
  `nwb_object_id` varchar(40) NOT NULL COMMENT ':varchar(40):',
  `video_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):',
  `pose_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):',
  `landmarks_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):hand-placed registration landmarks',
  `photometry_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):signal series; control series id below',
  `control_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):',
  `trials_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):',
  `opto_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):',
  `injection_object_id` varchar(40) NOT NULL DEFAULT '' COMMENT ':varchar(40):',
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`subject_id`,`session_id`),
  CONSTRAINT `nwbfile_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `session` (`subject_id`, `session_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='The session''s NWB file (the source of truth) and the object ids of the data the tables read';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `nwbfile` WRITE;
/*!40000 ALTER TABLE `nwbfile` DISABLE KEYS */;
/*!40000 ALTER TABLE `nwbfile` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `session` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `session_start_time` datetime NOT NULL COMMENT ':datetime:',
  `experimenter` varchar(255) NOT NULL COMMENT ':varchar(255):',
  `lab` varchar(128) NOT NULL DEFAULT '' COMMENT ':varchar(128):',
  `institution` varchar(128) NOT NULL DEFAULT '' COMMENT ':varchar(128):',
  `protocol` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):',
  `session_description` varchar(2000) NOT NULL DEFAULT '' COMMENT ':varchar(2000):',
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`subject_id`,`session_id`),
  CONSTRAINT `session_ibfk_1` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`subject_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `session` WRITE;
/*!40000 ALTER TABLE `session` DISABLE KEYS */;
/*!40000 ALTER TABLE `session` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `subject`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `subject` (
  `subject_id` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `species` varchar(64) NOT NULL COMMENT ':varchar(64):',
  `sex` char(1) NOT NULL COMMENT ':char(1):M, F, U or O',
  `age` varchar(32) NOT NULL DEFAULT '' COMMENT ':varchar(32):ISO 8601 duration, e.g. P84D',
  `date_of_birth` date DEFAULT NULL COMMENT ':date:',
  `genotype` varchar(128) NOT NULL COMMENT ':varchar(128):',
  `cell_type` varchar(16) NOT NULL DEFAULT '' COMMENT ':varchar(16):neuron type recorded with photometry: DA, GABA, Glu, pan',
  `role` varchar(16) NOT NULL DEFAULT 'analysis' COMMENT ':varchar(16):analysis | prototype',
  `subject_group` varchar(32) NOT NULL DEFAULT '' COMMENT ':varchar(32):e.g. eNpHR | eYFP',
  `description` varchar(1000) NOT NULL DEFAULT '' COMMENT ':varchar(1000):',
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`subject_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='A mouse. role ''prototype'' marks the designated prototype mouse, excluded from all other analyses';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `subject` WRITE;
/*!40000 ALTER TABLE `subject` DISABLE KEYS */;
/*!40000 ALTER TABLE `subject` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `trial`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `trial` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `trial_id` int(11) NOT NULL COMMENT ':int32:',
  `stimulus` varchar(32) NOT NULL,
  `valence` varchar(16) NOT NULL,
  `start_time` double NOT NULL COMMENT ':float64:s, session clock',
  `stop_time` double NOT NULL COMMENT ':float64:',
  `laser_on` tinyint(4) NOT NULL DEFAULT 0 COMMENT ':bool:',
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`subject_id`,`session_id`,`trial_id`),
  KEY `stimulus` (`stimulus`),
  KEY `valence` (`valence`),
  CONSTRAINT `trial_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `session` (`subject_id`, `session_id`) ON UPDATE CASCADE,
  CONSTRAINT `trial_ibfk_2` FOREIGN KEY (`stimulus`) REFERENCES `#stimulus` (`stimulus`) ON UPDATE CASCADE,
  CONSTRAINT `trial_ibfk_3` FOREIGN KEY (`valence`) REFERENCES `#valence` (`valence`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='One stimulus presentation, from the NWB trials table (row index = trial_id)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `trial` WRITE;
/*!40000 ALTER TABLE `trial` DISABLE KEYS */;
/*!40000 ALTER TABLE `trial` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#stimulus','stimulus','fvsnap_session.#stimulus.stimulus'),
('#valence','valence','fvsnap_session.#valence.valence'),
('injection','injection_id','fvsnap_session.injection.injection_id'),
('injection','session_id','fvsnap_session.session.session_id'),
('injection','subject_id','fvsnap_session.subject.subject_id'),
('nwbfile','session_id','fvsnap_session.session.session_id'),
('nwbfile','subject_id','fvsnap_session.subject.subject_id'),
('session','session_id','fvsnap_session.session.session_id'),
('session','subject_id','fvsnap_session.subject.subject_id'),
('subject','subject_id','fvsnap_session.subject.subject_id'),
('trial','session_id','fvsnap_session.session.session_id'),
('trial','stimulus','fvsnap_session.#stimulus.stimulus'),
('trial','subject_id','fvsnap_session.subject.subject_id'),
('trial','trial_id','fvsnap_session.trial.trial_id'),
('trial','valence','fvsnap_session.#valence.valence');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_face` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_face`;
DROP TABLE IF EXISTS `#drug_window_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#drug_window_params` (
  `drug_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `baseline_s` double NOT NULL COMMENT ':float64:baseline window: this many seconds before the injection',
  `windows` longblob NOT NULL COMMENT ':<blob>:[(name, start_s, stop_s)] relative to the injection',
  `threshold_sd` double NOT NULL COMMENT ':float64:a frame is positive/negative beyond this many baseline SDs of sim+ - sim-',
  `bin_s` double NOT NULL COMMENT ':float64:time-course bin',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`drug_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#drug_window_params` WRITE;
/*!40000 ALTER TABLE `#drug_window_params` DISABLE KEYS */;
INSERT INTO `#drug_window_params` VALUES
(0,900,0x646A300002020000000000000044000000000000000203000000000000001100000000000000050800000000000000302D3135206D696E09000000000000000D000000000000000009000000000000000D0000000000208C404500000000000000020300000000000000120000000000000005090000000000000031352D3330206D696E09000000000000000D0000000000208C4009000000000000000D0000000000209C40,1,60,'paper Fig. 3C-E, G-H: 15 min baseline; 0-15 and 15-30 min after the injection; 1 min bins; frames beyond 1 baseline SD (the paper states no threshold)'),
(1,900,0x646A300002020000000000000044000000000000000203000000000000001100000000000000050800000000000000302D3135206D696E09000000000000000D000000000000000009000000000000000D0000000000208C404500000000000000020300000000000000120000000000000005090000000000000031352D3330206D696E09000000000000000D0000000000208C4009000000000000000D0000000000209C40,0,60,'as 0, but every frame is called by the sign of its baseline-normalised difference');
/*!40000 ALTER TABLE `#drug_window_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#embedding_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#embedding_params` (
  `emb_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `n_pca` smallint(6) NOT NULL COMMENT ':int16:PCA components (fewer when a session has fewer frames)',
  `n_neighbors` smallint(6) NOT NULL COMMENT ':int16:UMAP neighbours',
  `n_clusters` smallint(6) NOT NULL COMMENT ':int16:k-means clusters',
  `seed` int(11) NOT NULL COMMENT ':int32:',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`emb_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#embedding_params` WRITE;
/*!40000 ALTER TABLE `#embedding_params` DISABLE KEYS */;
INSERT INTO `#embedding_params` VALUES
(0,400,45,5,0,'paper Fig. 1G: HOG of stimulus windows -> PCA(400) -> UMAP(45) -> k-means');
/*!40000 ALTER TABLE `#embedding_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#h_o_g_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#h_o_g_params` (
  `hog_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `resize` int(11) NOT NULL COMMENT ':int32:frames resized to resize x resize before HOG',
  `orientations` smallint(6) NOT NULL COMMENT ':int16:',
  `pixels_per_cell` smallint(6) NOT NULL COMMENT ':int16:',
  `block_norm` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `pre_s` double NOT NULL COMMENT ':float64:seconds of pre-stimulus (baseline) frames kept per trial',
  `post_s` double NOT NULL COMMENT ':float64:seconds kept after the stimulus ends',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`hog_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#h_o_g_params` WRITE;
/*!40000 ALTER TABLE `#h_o_g_params` DISABLE KEYS */;
INSERT INTO `#h_o_g_params` VALUES
(0,1024,8,16,'L2-Hys',2,0,'paper: skimage hog 8 orientations, 16 px cells, 1x1 blocks, 1024^2');
/*!40000 ALTER TABLE `#h_o_g_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#motion_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#motion_params` (
  `motion_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `heatmap_width` smallint(6) NOT NULL COMMENT ':int16:columns of the per-stimulus heatmaps (aspect ratio kept)',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`motion_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#motion_params` WRITE;
/*!40000 ALTER TABLE `#motion_params` DISABLE KEYS */;
INSERT INTO `#motion_params` VALUES
(0,256,'paper: mean |frame_t - frame_(t-1)| per frame; heatmaps over stimulus windows');
/*!40000 ALTER TABLE `#motion_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#prototype_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#prototype_params` (
  `proto_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `n_frames` smallint(6) NOT NULL COMMENT ':int16:frames averaged into each subprototype',
  `similarity` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`proto_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#prototype_params` WRITE;
/*!40000 ALTER TABLE `#prototype_params` DISABLE KEYS */;
INSERT INTO `#prototype_params` VALUES
(0,10,'cosine','paper: per-stimulus subprototypes, positive = sucrose+NaCl, negative = bitter+shock');
/*!40000 ALTER TABLE `#prototype_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#registration_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#registration_params` (
  `reg_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `method` varchar(16) NOT NULL COMMENT ':varchar(16):landmarks | none (identity)',
  `neutral_s` double NOT NULL COMMENT ':float64:neutral window: this many seconds before the first stimulus',
  `likelihood_threshold` double NOT NULL COMMENT ':float64:',
  `landmarks` longblob NOT NULL COMMENT ':<blob>:landmark role -> keypoint name',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`reg_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#registration_params` WRITE;
/*!40000 ALTER TABLE `#registration_params` DISABLE KEYS */;
INSERT INTO `#registration_params` VALUES
(0,'landmarks',8,0.9,0x646A300004060000000000000011000000000000000508000000000000006E6F73655F74697011000000000000000508000000000000006E6F73655F74697019000000000000000510000000000000006579655F696E6E65725F636F726E657219000000000000000510000000000000006579655F696E6E65725F636F726E657219000000000000000510000000000000006579655F6F757465725F636F726E657219000000000000000510000000000000006579655F6F757465725F636F726E657212000000000000000509000000000000006C6F7765725F6C697012000000000000000509000000000000006C6F7765725F6C69700E00000000000000050500000000000000636865656B1600000000000000050D00000000000000776869736B6572315F626173651300000000000000050A0000000000000070696E6E615F656467651700000000000000050E000000000000006561725F70696E6E615F65646765,'paper: 6 landmarks on a neutral frame, affine + similarity refinement onto the prototype mouse');
/*!40000 ALTER TABLE `#registration_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__arousal`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__arousal` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `trough` double DEFAULT NULL COMMENT ':float64:drop below the pre-stimulus similarity (larger = further from rest)',
  `trough_time` double DEFAULT NULL COMMENT ':float64:s after onset',
  `baseline` double DEFAULT NULL COMMENT ':float64:mean pre-stimulus similarity (NULL: no frame before onset)',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`hog_paramset`,`trial_id`),
  CONSTRAINT `__arousal_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `hog_paramset`, `trial_id`) REFERENCES `__h_o_g_features__window` (`subject_id`, `session_id`, `hog_paramset`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Arousal of a trial (Fig. 1H-I): trough of the similarity to the mean pre-stimulus HOG after onset';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__arousal` WRITE;
/*!40000 ALTER TABLE `__arousal` DISABLE KEYS */;
/*!40000 ALTER TABLE `__arousal` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__cumulative_similarity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__cumulative_similarity` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `valence` varchar(16) NOT NULL,
  `mean_cum_positive` double NOT NULL COMMENT ':float64:',
  `mean_cum_negative` double NOT NULL COMMENT ':float64:',
  `test` varchar(64) NOT NULL COMMENT ':varchar(64):',
  `statistic` double DEFAULT NULL COMMENT ':float64:NULL when fewer than 2 trials or no difference',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  `n` int(11) NOT NULL COMMENT ':int32:trials',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`valence`),
  KEY `valence` (`valence`),
  CONSTRAINT `__cumulative_similarity_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `__prototype_score` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__cumulative_similarity_ibfk_2` FOREIGN KEY (`valence`) REFERENCES `fvsnap_session`.`#valence` (`valence`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 2H-I: per-trial cumulative similarity to the positive vs the negative prototype, paired';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__cumulative_similarity` WRITE;
/*!40000 ALTER TABLE `__cumulative_similarity` DISABLE KEYS */;
/*!40000 ALTER TABLE `__cumulative_similarity` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__drug_effect`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__drug_effect` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `injection_id` smallint(6) NOT NULL,
  `drug_paramset` smallint(6) NOT NULL,
  `drug` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `baseline_mean` double NOT NULL COMMENT ':float64:mean sim+ - sim- over the baseline window',
  `baseline_sd` double NOT NULL COMMENT ':float64:',
  `bin_start` longblob NOT NULL COMMENT ':<blob>:s relative to the injection',
  `bin_difference` longblob NOT NULL COMMENT ':<blob>:mean baseline-normalised sim+ - sim- per bin (Fig. 3C)',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`injection_id`,`drug_paramset`),
  KEY `subject_id` (`subject_id`,`session_id`,`injection_id`),
  KEY `drug_paramset` (`drug_paramset`),
  CONSTRAINT `__drug_effect_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `__prototype_score` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__drug_effect_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `injection_id`) REFERENCES `fvsnap_session`.`injection` (`subject_id`, `session_id`, `injection_id`) ON UPDATE CASCADE,
  CONSTRAINT `__drug_effect_ibfk_3` FOREIGN KEY (`drug_paramset`) REFERENCES `#drug_window_params` (`drug_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 3: a drug session''s frames against the valence prototypes, normalised to its own baseline';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__drug_effect` WRITE;
/*!40000 ALTER TABLE `__drug_effect` DISABLE KEYS */;
/*!40000 ALTER TABLE `__drug_effect` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__drug_effect__window`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__drug_effect__window` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `injection_id` smallint(6) NOT NULL,
  `drug_paramset` smallint(6) NOT NULL,
  `window_name` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `start_s` double NOT NULL COMMENT ':float64:relative to the injection',
  `stop_s` double NOT NULL COMMENT ':float64:',
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `p_positive` double DEFAULT NULL COMMENT ':float64:proportion of frames called positive',
  `p_negative` double DEFAULT NULL COMMENT ':float64:',
  `p_positive_norm` double DEFAULT NULL COMMENT ':float64:minus the baseline window''s proportion (Fig. 3D-E, G-H)',
  `p_negative_norm` double DEFAULT NULL COMMENT ':float64:',
  `difference_norm` double DEFAULT NULL COMMENT ':float64:p_positive_norm - p_negative_norm',
  `note` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):why a value is NULL or partial',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`injection_id`,`drug_paramset`,`window_name`),
  CONSTRAINT `__drug_effect__window_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `injection_id`, `drug_paramset`) REFERENCES `__drug_effect` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `injection_id`, `drug_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__drug_effect__window` WRITE;
/*!40000 ALTER TABLE `__drug_effect__window` DISABLE KEYS */;
/*!40000 ALTER TABLE `__drug_effect__window` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__embedding`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__embedding` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `emb_paramset` smallint(6) NOT NULL,
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `n_components` smallint(6) NOT NULL COMMENT ':int16:PCA components used',
  `n_neighbors` smallint(6) NOT NULL COMMENT ':int16:UMAP neighbours used',
  `explained_variance` longblob NOT NULL COMMENT ':<blob>:PCA explained-variance ratio per component',
  `coords` longblob NOT NULL COMMENT ':<blob>:(n_frames, 2) float32 UMAP coordinates',
  `cluster` longblob NOT NULL COMMENT ':<blob>:(n_frames,) k-means label',
  `centres` longblob NOT NULL COMMENT ':<blob>:(n_clusters, 2)',
  `frame_stimulus` longblob NOT NULL COMMENT ':<blob>:(n_frames,) stimulus of each frame',
  `frame_trial` longblob NOT NULL COMMENT ':<blob>:(n_frames,) trial_id of each frame',
  `frame_times` longblob NOT NULL COMMENT ':<blob>:(n_frames,) s, session clock',
  `adjusted_rand` double DEFAULT NULL COMMENT ':float64:agreement of clusters with stimuli (1 identical, ~0 chance)',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`hog_paramset`,`emb_paramset`),
  KEY `emb_paramset` (`emb_paramset`),
  CONSTRAINT `__embedding_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `hog_paramset`) REFERENCES `__h_o_g_features` (`subject_id`, `session_id`, `hog_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__embedding_ibfk_2` FOREIGN KEY (`emb_paramset`) REFERENCES `#embedding_params` (`emb_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 1G: a session''s stimulus-window frames embedded (PCA -> UMAP) and clustered (k-means)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__embedding` WRITE;
/*!40000 ALTER TABLE `__embedding` DISABLE KEYS */;
/*!40000 ALTER TABLE `__embedding` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__h_o_g_features`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__h_o_g_features` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `n_frames` int(11) NOT NULL COMMENT ':int32:frames with HOG vectors, all windows together',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`hog_paramset`),
  KEY `hog_paramset` (`hog_paramset`),
  CONSTRAINT `__h_o_g_features_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `fvsnap_session`.`nwbfile` (`subject_id`, `session_id`) ON UPDATE CASCADE,
  CONSTRAINT `__h_o_g_features_ibfk_2` FOREIGN KEY (`hog_paramset`) REFERENCES `#h_o_g_params` (`hog_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='HOG vectors of the unregistered frames of every trial window of a session, read in one pass over';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__h_o_g_features` WRITE;
/*!40000 ALTER TABLE `__h_o_g_features` DISABLE KEYS */;
/*!40000 ALTER TABLE `__h_o_g_features` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__h_o_g_features__window`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__h_o_g_features__window` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `frame_times` longblob NOT NULL COMMENT ':<blob>:s, session clock',
  `hog` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(n_frames, 32768) float16' CHECK (json_valid(`hog`)),
  `baseline_similarity` longblob NOT NULL COMMENT ':<blob>:cosine similarity of each frame to the mean pre-onset HOG',
  PRIMARY KEY (`subject_id`,`session_id`,`hog_paramset`,`trial_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`trial_id`),
  CONSTRAINT `__h_o_g_features__window_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `hog_paramset`) REFERENCES `__h_o_g_features` (`subject_id`, `session_id`, `hog_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__h_o_g_features__window_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `trial_id`) REFERENCES `fvsnap_session`.`trial` (`subject_id`, `session_id`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__h_o_g_features__window` WRITE;
/*!40000 ALTER TABLE `__h_o_g_features__window` DISABLE KEYS */;
/*!40000 ALTER TABLE `__h_o_g_features__window` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__motion_energy`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__motion_energy` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `motion_paramset` smallint(6) NOT NULL,
  `frame_times` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`frame_times`)),
  `motion` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:mean |frame_t - frame_(t-1)|, gray levels; NaN for frame 0' CHECK (json_valid(`motion`)),
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`motion_paramset`),
  KEY `motion_paramset` (`motion_paramset`),
  CONSTRAINT `__motion_energy_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `fvsnap_session`.`nwbfile` (`subject_id`, `session_id`) ON UPDATE CASCADE,
  CONSTRAINT `__motion_energy_ibfk_2` FOREIGN KEY (`motion_paramset`) REFERENCES `#motion_params` (`motion_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Motion energy of every frame of a session (Fig. 1B, S3B)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__motion_energy` WRITE;
/*!40000 ALTER TABLE `__motion_energy` DISABLE KEYS */;
/*!40000 ALTER TABLE `__motion_energy` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__motion_energy__heatmap`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__motion_energy__heatmap` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `motion_paramset` smallint(6) NOT NULL,
  `stimulus` varchar(32) NOT NULL,
  `heatmap` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`heatmap`)),
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  PRIMARY KEY (`subject_id`,`session_id`,`motion_paramset`,`stimulus`),
  KEY `stimulus` (`stimulus`),
  CONSTRAINT `__motion_energy__heatmap_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `motion_paramset`) REFERENCES `__motion_energy` (`subject_id`, `session_id`, `motion_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__motion_energy__heatmap_ibfk_2` FOREIGN KEY (`stimulus`) REFERENCES `fvsnap_session`.`#stimulus` (`stimulus`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Mean per-pixel |frame_t - frame_(t-1)| over all frames inside the windows of one stimulus';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__motion_energy__heatmap` WRITE;
/*!40000 ALTER TABLE `__motion_energy__heatmap` DISABLE KEYS */;
/*!40000 ALTER TABLE `__motion_energy__heatmap` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__prototype`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__prototype` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `positive` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`positive`)),
  `negative` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`negative`)),
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`),
  KEY `reg_paramset` (`reg_paramset`),
  KEY `hog_paramset` (`hog_paramset`),
  KEY `proto_paramset` (`proto_paramset`),
  CONSTRAINT `__prototype_ibfk_1` FOREIGN KEY (`proto_id`) REFERENCES `prototype_mouse` (`proto_id`) ON UPDATE CASCADE,
  CONSTRAINT `__prototype_ibfk_2` FOREIGN KEY (`reg_paramset`) REFERENCES `#registration_params` (`reg_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__prototype_ibfk_3` FOREIGN KEY (`hog_paramset`) REFERENCES `#h_o_g_params` (`hog_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__prototype_ibfk_4` FOREIGN KEY (`proto_paramset`) REFERENCES `#prototype_params` (`proto_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Valence prototypes from the designated prototype mouse, excluded from every other analysis';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__prototype` WRITE;
/*!40000 ALTER TABLE `__prototype` DISABLE KEYS */;
/*!40000 ALTER TABLE `__prototype` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__prototype__source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__prototype__source` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`subject_id`,`session_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`),
  CONSTRAINT `__prototype__source_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `__prototype` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__prototype__source_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`) REFERENCES `__registered_h_o_g` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='every RegisteredHOG row the prototypes were built from (lineage)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__prototype__source` WRITE;
/*!40000 ALTER TABLE `__prototype__source` DISABLE KEYS */;
/*!40000 ALTER TABLE `__prototype__source` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__prototype__sub`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__prototype__sub` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `stimulus_name` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `valence` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `vector` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`vector`)),
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `apex_session` varchar(32) NOT NULL COMMENT ':varchar(32):the stimulus''s apex frame (two-step rule, Fig. 1C): its session,',
  `apex_trial` int(11) NOT NULL COMMENT ':int32:trial ...',
  `apex_time` double NOT NULL COMMENT ':float64:... and time, s on the session clock',
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`stimulus_name`),
  CONSTRAINT `__prototype__sub_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `__prototype` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__prototype__sub` WRITE;
/*!40000 ALTER TABLE `__prototype__sub` DISABLE KEYS */;
/*!40000 ALTER TABLE `__prototype__sub` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__prototype_score`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__prototype_score` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `frame_times` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:s, session clock' CHECK (json_valid(`frame_times`)),
  `sim_positive` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`sim_positive`)),
  `sim_negative` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`sim_negative`)),
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`),
  KEY `proto_id` (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`),
  CONSTRAINT `__prototype_score_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`) REFERENCES `__registration` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__prototype_score_ibfk_2` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `__prototype` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Per-frame cosine similarity of a whole session''s registered frames to the valence prototypes';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__prototype_score` WRITE;
/*!40000 ALTER TABLE `__prototype_score` DISABLE KEYS */;
/*!40000 ALTER TABLE `__prototype_score` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__prototype_score__trial_score`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__prototype_score__trial_score` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `mean_difference` double NOT NULL COMMENT ':float64:mean (positive - negative) over the stimulus window',
  `baseline_difference` double NOT NULL COMMENT ':float64:mean (positive - negative) over HOGParams.pre_s before onset',
  `cum_positive` double NOT NULL COMMENT ':float64:sum over the stimulus window of (similarity to the positive prototype',
  `cum_negative` double NOT NULL COMMENT ':float64:minus its pre-stimulus mean): cumulative similarity vs baseline',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`trial_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`trial_id`),
  CONSTRAINT `__prototype_score__trial_score_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `__prototype_score` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__prototype_score__trial_score_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `trial_id`) REFERENCES `fvsnap_session`.`trial` (`subject_id`, `session_id`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__prototype_score__trial_score` WRITE;
/*!40000 ALTER TABLE `__prototype_score__trial_score` DISABLE KEYS */;
/*!40000 ALTER TABLE `__prototype_score__trial_score` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__registered_h_o_g`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__registered_h_o_g` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `n_frames` int(11) NOT NULL COMMENT ':int32:frames with HOG vectors, all windows together',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`),
  KEY `hog_paramset` (`hog_paramset`),
  CONSTRAINT `__registered_h_o_g_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`) REFERENCES `__registration` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__registered_h_o_g_ibfk_2` FOREIGN KEY (`hog_paramset`) REFERENCES `#h_o_g_params` (`hog_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='HOG vectors of the prototype mouse''s trial windows registered onto the template face (its first';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__registered_h_o_g` WRITE;
/*!40000 ALTER TABLE `__registered_h_o_g` DISABLE KEYS */;
/*!40000 ALTER TABLE `__registered_h_o_g` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__registered_h_o_g__window`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__registered_h_o_g__window` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `frame_times` longblob NOT NULL COMMENT ':<blob>:s, session clock',
  `hog` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(n_frames, 32768) float16' CHECK (json_valid(`hog`)),
  `baseline_similarity` longblob NOT NULL COMMENT ':<blob>:cosine similarity of each frame to the mean pre-onset HOG',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`trial_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`trial_id`),
  CONSTRAINT `__registered_h_o_g__window_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`) REFERENCES `__registered_h_o_g` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__registered_h_o_g__window_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `trial_id`) REFERENCES `fvsnap_session`.`trial` (`subject_id`, `session_id`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__registered_h_o_g__window` WRITE;
/*!40000 ALTER TABLE `__registered_h_o_g__window` DISABLE KEYS */;
/*!40000 ALTER TABLE `__registered_h_o_g__window` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__registration`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__registration` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `matrix` longblob NOT NULL COMMENT ':<blob>:2 x 3 affine: session pixels -> template pixels',
  `residual_px` double NOT NULL COMMENT ':float64:RMS landmark distance after registration (0 for ''none'')',
  `landmark_source` varchar(16) NOT NULL COMMENT ':varchar(16):hand-placed | deeplabcut | none',
  `overlay` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:red (template) / cyan (registered) neutral frames, uint8 RGB' CHECK (json_valid(`overlay`)),
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`),
  KEY `proto_id` (`proto_id`),
  KEY `reg_paramset` (`reg_paramset`),
  CONSTRAINT `__registration_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `fvsnap_session`.`nwbfile` (`subject_id`, `session_id`) ON UPDATE CASCADE,
  CONSTRAINT `__registration_ibfk_2` FOREIGN KEY (`proto_id`) REFERENCES `prototype_mouse` (`proto_id`) ON UPDATE CASCADE,
  CONSTRAINT `__registration_ibfk_3` FOREIGN KEY (`reg_paramset`) REFERENCES `#registration_params` (`reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Transform of a session''s frames onto the prototype mouse''s face (Fig. S3A)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__registration` WRITE;
/*!40000 ALTER TABLE `__registration` DISABLE KEYS */;
/*!40000 ALTER TABLE `__registration` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `prototype_mouse`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `prototype_mouse` (
  `proto_id` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `subject_id` varchar(32) NOT NULL,
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`proto_id`),
  KEY `subject_id` (`subject_id`),
  CONSTRAINT `prototype_mouse_ibfk_1` FOREIGN KEY (`subject_id`) REFERENCES `fvsnap_session`.`subject` (`subject_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='The designated prototype mouse (Subject.role = ''prototype''), entered at ingestion';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `prototype_mouse` WRITE;
/*!40000 ALTER TABLE `prototype_mouse` DISABLE KEYS */;
/*!40000 ALTER TABLE `prototype_mouse` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#drug_window_params','drug_paramset','fvsnap_face.#drug_window_params.drug_paramset'),
('#embedding_params','emb_paramset','fvsnap_face.#embedding_params.emb_paramset'),
('#h_o_g_params','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('#motion_params','motion_paramset','fvsnap_face.#motion_params.motion_paramset'),
('#prototype_params','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('#registration_params','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('prototype_mouse','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('prototype_mouse','subject_id','fvsnap_session.subject.subject_id'),
('__arousal','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__arousal','session_id','fvsnap_session.session.session_id'),
('__arousal','subject_id','fvsnap_session.subject.subject_id'),
('__arousal','trial_id','fvsnap_session.trial.trial_id'),
('__cumulative_similarity','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__cumulative_similarity','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__cumulative_similarity','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__cumulative_similarity','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__cumulative_similarity','session_id','fvsnap_session.session.session_id'),
('__cumulative_similarity','subject_id','fvsnap_session.subject.subject_id'),
('__cumulative_similarity','valence','fvsnap_session.#valence.valence'),
('__drug_effect','drug_paramset','fvsnap_face.#drug_window_params.drug_paramset'),
('__drug_effect','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__drug_effect','injection_id','fvsnap_session.injection.injection_id'),
('__drug_effect','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__drug_effect','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__drug_effect','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__drug_effect','session_id','fvsnap_session.session.session_id'),
('__drug_effect','subject_id','fvsnap_session.subject.subject_id'),
('__drug_effect__window','drug_paramset','fvsnap_face.#drug_window_params.drug_paramset'),
('__drug_effect__window','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__drug_effect__window','injection_id','fvsnap_session.injection.injection_id'),
('__drug_effect__window','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__drug_effect__window','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__drug_effect__window','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__drug_effect__window','session_id','fvsnap_session.session.session_id'),
('__drug_effect__window','subject_id','fvsnap_session.subject.subject_id'),
('__drug_effect__window','window_name','fvsnap_face.__drug_effect__window.window_name'),
('__embedding','emb_paramset','fvsnap_face.#embedding_params.emb_paramset'),
('__embedding','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__embedding','session_id','fvsnap_session.session.session_id'),
('__embedding','subject_id','fvsnap_session.subject.subject_id'),
('__h_o_g_features','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__h_o_g_features','session_id','fvsnap_session.session.session_id'),
('__h_o_g_features','subject_id','fvsnap_session.subject.subject_id'),
('__h_o_g_features__window','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__h_o_g_features__window','session_id','fvsnap_session.session.session_id'),
('__h_o_g_features__window','subject_id','fvsnap_session.subject.subject_id'),
('__h_o_g_features__window','trial_id','fvsnap_session.trial.trial_id'),
('__motion_energy','motion_paramset','fvsnap_face.#motion_params.motion_paramset'),
('__motion_energy','session_id','fvsnap_session.session.session_id'),
('__motion_energy','subject_id','fvsnap_session.subject.subject_id'),
('__motion_energy__heatmap','motion_paramset','fvsnap_face.#motion_params.motion_paramset'),
('__motion_energy__heatmap','session_id','fvsnap_session.session.session_id'),
('__motion_energy__heatmap','stimulus','fvsnap_session.#stimulus.stimulus'),
('__motion_energy__heatmap','subject_id','fvsnap_session.subject.subject_id'),
('__prototype','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__prototype','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__prototype','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__prototype','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__prototype_score','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__prototype_score','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__prototype_score','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__prototype_score','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__prototype_score','session_id','fvsnap_session.session.session_id'),
('__prototype_score','subject_id','fvsnap_session.subject.subject_id'),
('__prototype_score__trial_score','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__prototype_score__trial_score','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__prototype_score__trial_score','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__prototype_score__trial_score','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__prototype_score__trial_score','session_id','fvsnap_session.session.session_id'),
('__prototype_score__trial_score','subject_id','fvsnap_session.subject.subject_id'),
('__prototype_score__trial_score','trial_id','fvsnap_session.trial.trial_id'),
('__prototype__source','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__prototype__source','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__prototype__source','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__prototype__source','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__prototype__source','session_id','fvsnap_session.session.session_id'),
('__prototype__source','subject_id','fvsnap_session.subject.subject_id'),
('__prototype__sub','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__prototype__sub','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__prototype__sub','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__prototype__sub','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__prototype__sub','stimulus_name','fvsnap_face.__prototype__sub.stimulus_name'),
('__registered_h_o_g','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__registered_h_o_g','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__registered_h_o_g','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__registered_h_o_g','session_id','fvsnap_session.session.session_id'),
('__registered_h_o_g','subject_id','fvsnap_session.subject.subject_id'),
('__registered_h_o_g__window','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__registered_h_o_g__window','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__registered_h_o_g__window','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__registered_h_o_g__window','session_id','fvsnap_session.session.session_id'),
('__registered_h_o_g__window','subject_id','fvsnap_session.subject.subject_id'),
('__registered_h_o_g__window','trial_id','fvsnap_session.trial.trial_id'),
('__registration','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__registration','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__registration','session_id','fvsnap_session.session.session_id'),
('__registration','subject_id','fvsnap_session.subject.subject_id');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_kinematics` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_kinematics`;
DROP TABLE IF EXISTS `#kinematics_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#kinematics_params` (
  `kin_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `likelihood_threshold` double NOT NULL COMMENT ':float64:',
  `median_window` smallint(6) NOT NULL COMMENT ':int16:frames',
  `baseline_s` double NOT NULL COMMENT ':float64:pre-stimulus baseline for the proportional change',
  `post_s` double NOT NULL COMMENT ':float64:seconds after the stimulus ends that are kept',
  `latency_threshold` double NOT NULL COMMENT ':float64:response latency: first time |change| reaches this fraction',
  `keypoint_map` longblob NOT NULL COMMENT ':<blob>:feature role -> keypoint name (or list, mean position) in the pose',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`kin_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#kinematics_params` WRITE;
/*!40000 ALTER TABLE `#kinematics_params` DISABLE KEYS */;
INSERT INTO `#kinematics_params` VALUES
(0,0.9,5,4,2,0.05,0x5A4C313233002C04000000000000789C9DD2C90EC220100050636CDCF72DFE85DBFF90D6A2A2B5104AD378F0E09F8BCA6815198DBD30E14DC9CC40B89B164AEDC2FDEB99D5AB9A40A482454471E1962148E34502AE143FA038026C9A801E294985A092442CFC43239EFDA213D04E4E591C6B5D71A997AF09B0EF954D10F3444916B9F6ADE9412DF65C1FD205A93CCFA244213000A8E721902CDC50CCAC4BCAB62CD9EB2A023FA167B3572C99C09AADC99EDDD25D3A477581EAF2A6560750A5EEFCF45EA4ABA5D935DB85730C17182E3FDE0BF5EF2374421FA06602A11F994FA8BE9331502BF7CF93ED07AEF9C042B2963C56B85A4D8006FE6A8FE205C77AAF83,'paper: likelihood 0.9, linear interpolation, 5-frame median, 4 s baseline; 37-point model');
/*!40000 ALTER TABLE `#kinematics_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__face_features`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__face_features` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `frame_times` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:s, session clock' CHECK (json_valid(`frame_times`)),
  `feature_names` longblob NOT NULL COMMENT ':<blob>:',
  `features` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(n_features, frames) float32; px or degrees' CHECK (json_valid(`features`)),
  `unavailable` longblob NOT NULL COMMENT ':<blob>:feature -> why this pose cannot give it',
  `low_confidence` longblob NOT NULL COMMENT ':<blob>:keypoint -> fraction of frames below the likelihood threshold',
  `cleaning_log` longblob NOT NULL COMMENT ':<blob>:movement''s record of the cleaning steps (JSON)',
  `keypoint_names` longblob NOT NULL COMMENT ':<blob>:',
  `cleaned` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(frames, keypoints, 2) float32 cleaned positions, px' CHECK (json_valid(`cleaned`)),
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`kin_paramset`),
  KEY `kin_paramset` (`kin_paramset`),
  CONSTRAINT `__face_features_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `fvsnap_session`.`nwbfile` (`subject_id`, `session_id`) ON UPDATE CASCADE,
  CONSTRAINT `__face_features_ibfk_2` FOREIGN KEY (`kin_paramset`) REFERENCES `#kinematics_params` (`kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='The ten facial features (Fig. 4-5) of every frame of a session''s cleaned pose';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__face_features` WRITE;
/*!40000 ALTER TABLE `__face_features` DISABLE KEYS */;
/*!40000 ALTER TABLE `__face_features` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__keypoint_p_c_a`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__keypoint_p_c_a` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `keypoints` longblob NOT NULL COMMENT ':<blob>:one per region (regions of the 37-point model)',
  `explained_variance` longblob NOT NULL COMMENT ':<blob>:ratio per component',
  `components` longblob NOT NULL COMMENT ':<blob>:(components, 2 x keypoints): x, y of each keypoint in turn',
  `n_frames` int(11) NOT NULL COMMENT ':int32:frames with every chosen keypoint',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`kin_paramset`),
  CONSTRAINT `__keypoint_p_c_a_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `kin_paramset`) REFERENCES `__face_features` (`subject_id`, `session_id`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. S4: PCA of the z-scored positions of the highest-variance keypoint of each face region';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__keypoint_p_c_a` WRITE;
/*!40000 ALTER TABLE `__keypoint_p_c_a` DISABLE KEYS */;
/*!40000 ALTER TABLE `__keypoint_p_c_a` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematic_pattern`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematic_pattern` (
  `kin_paramset` smallint(6) NOT NULL,
  `n_sessions` int(11) NOT NULL COMMENT ':int32:',
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`kin_paramset`),
  CONSTRAINT `__kinematic_pattern_ibfk_1` FOREIGN KEY (`kin_paramset`) REFERENCES `#kinematics_params` (`kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 5A-E: the valence pattern of the features over every analysed trial of the cohort';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematic_pattern` WRITE;
/*!40000 ALTER TABLE `__kinematic_pattern` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematic_pattern` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematic_pattern__across`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematic_pattern__across` (
  `kin_paramset` smallint(6) NOT NULL,
  `feature` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `test` varchar(64) NOT NULL COMMENT ':varchar(64):',
  `statistic` double DEFAULT NULL COMMENT ':float64:',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  `n` int(11) NOT NULL COMMENT ':int32:',
  `dunn` longblob NOT NULL COMMENT ':<blob>:"stimulus_a|stimulus_b" -> adjusted p',
  PRIMARY KEY (`kin_paramset`,`feature`),
  CONSTRAINT `__kinematic_pattern__across_ibfk_1` FOREIGN KEY (`kin_paramset`) REFERENCES `__kinematic_pattern` (`kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematic_pattern__across` WRITE;
/*!40000 ALTER TABLE `__kinematic_pattern__across` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematic_pattern__across` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematic_pattern__source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematic_pattern__source` (
  `kin_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  PRIMARY KEY (`kin_paramset`,`subject_id`,`session_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`kin_paramset`),
  CONSTRAINT `__kinematic_pattern__source_ibfk_1` FOREIGN KEY (`kin_paramset`) REFERENCES `__kinematic_pattern` (`kin_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__kinematic_pattern__source_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `kin_paramset`) REFERENCES `__kinematics` (`subject_id`, `session_id`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='every Kinematics row the pattern was built from (lineage)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematic_pattern__source` WRITE;
/*!40000 ALTER TABLE `__kinematic_pattern__source` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematic_pattern__source` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematic_pattern__stimulus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematic_pattern__stimulus` (
  `kin_paramset` smallint(6) NOT NULL,
  `stimulus_name` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `feature` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `valence` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `mean_change` double DEFAULT NULL COMMENT ':float64:',
  `median_change` double DEFAULT NULL COMMENT ':float64:',
  `n` int(11) NOT NULL COMMENT ':int32:',
  `test` varchar(64) NOT NULL COMMENT ':varchar(64):',
  `statistic` double DEFAULT NULL COMMENT ':float64:',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  PRIMARY KEY (`kin_paramset`,`stimulus_name`,`feature`),
  CONSTRAINT `__kinematic_pattern__stimulus_ibfk_1` FOREIGN KEY (`kin_paramset`) REFERENCES `__kinematic_pattern` (`kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematic_pattern__stimulus` WRITE;
/*!40000 ALTER TABLE `__kinematic_pattern__stimulus` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematic_pattern__stimulus` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematic_pattern__valence`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematic_pattern__valence` (
  `kin_paramset` smallint(6) NOT NULL,
  `valence_name` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `feature` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `mean_change` double DEFAULT NULL COMMENT ':float64:',
  `median_change` double DEFAULT NULL COMMENT ':float64:',
  `n` int(11) NOT NULL COMMENT ':int32:',
  `test` varchar(64) NOT NULL COMMENT ':varchar(64):',
  `statistic` double DEFAULT NULL COMMENT ':float64:',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  PRIMARY KEY (`kin_paramset`,`valence_name`,`feature`),
  CONSTRAINT `__kinematic_pattern__valence_ibfk_1` FOREIGN KEY (`kin_paramset`) REFERENCES `__kinematic_pattern` (`kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematic_pattern__valence` WRITE;
/*!40000 ALTER TABLE `__kinematic_pattern__valence` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematic_pattern__valence` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematics` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`kin_paramset`),
  CONSTRAINT `__kinematics_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `kin_paramset`) REFERENCES `__face_features` (`subject_id`, `session_id`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Per-trial feature changes from the pre-stimulus mean (Fig. 4), every trial of a session';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematics` WRITE;
/*!40000 ALTER TABLE `__kinematics` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematics` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__kinematics__trial_feature`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__kinematics__trial_feature` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `feature` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `times` longblob NOT NULL COMMENT ':<blob>:s relative to onset',
  `change` longblob NOT NULL COMMENT ':<blob>:(value - baseline mean) / |baseline mean|',
  `baseline` double DEFAULT NULL COMMENT ':float64:mean over the baseline window (px or degrees)',
  `peak_change` double DEFAULT NULL COMMENT ':float64:change of largest magnitude, onset to stimulus end + post_s',
  `latency` double DEFAULT NULL COMMENT ':float64:s after onset when |change| first reaches the latency threshold',
  `peak_vs_water` double DEFAULT NULL COMMENT ':float64:Fig. 4: peak_change minus that of the temporally nearest water trial',
  `note` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):why a value is NULL',
  PRIMARY KEY (`subject_id`,`session_id`,`kin_paramset`,`trial_id`,`feature`),
  KEY `subject_id` (`subject_id`,`session_id`,`trial_id`),
  CONSTRAINT `__kinematics__trial_feature_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `kin_paramset`) REFERENCES `__kinematics` (`subject_id`, `session_id`, `kin_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__kinematics__trial_feature_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `trial_id`) REFERENCES `fvsnap_session`.`trial` (`subject_id`, `session_id`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__kinematics__trial_feature` WRITE;
/*!40000 ALTER TABLE `__kinematics__trial_feature` DISABLE KEYS */;
/*!40000 ALTER TABLE `__kinematics__trial_feature` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#kinematics_params','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__face_features','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__face_features','session_id','fvsnap_session.session.session_id'),
('__face_features','subject_id','fvsnap_session.subject.subject_id'),
('__keypoint_p_c_a','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__keypoint_p_c_a','session_id','fvsnap_session.session.session_id'),
('__keypoint_p_c_a','subject_id','fvsnap_session.subject.subject_id'),
('__kinematics','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematics','session_id','fvsnap_session.session.session_id'),
('__kinematics','subject_id','fvsnap_session.subject.subject_id'),
('__kinematics__trial_feature','feature','fvsnap_kinematics.__kinematics__trial_feature.feature'),
('__kinematics__trial_feature','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematics__trial_feature','session_id','fvsnap_session.session.session_id'),
('__kinematics__trial_feature','subject_id','fvsnap_session.subject.subject_id'),
('__kinematics__trial_feature','trial_id','fvsnap_session.trial.trial_id'),
('__kinematic_pattern','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematic_pattern__across','feature','fvsnap_kinematics.__kinematic_pattern__across.feature'),
('__kinematic_pattern__across','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematic_pattern__source','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematic_pattern__source','session_id','fvsnap_session.session.session_id'),
('__kinematic_pattern__source','subject_id','fvsnap_session.subject.subject_id'),
('__kinematic_pattern__stimulus','feature','fvsnap_kinematics.__kinematic_pattern__stimulus.feature'),
('__kinematic_pattern__stimulus','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematic_pattern__stimulus','stimulus_name','fvsnap_kinematics.__kinematic_pattern__stimulus.stimulus_name'),
('__kinematic_pattern__valence','feature','fvsnap_kinematics.__kinematic_pattern__valence.feature'),
('__kinematic_pattern__valence','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__kinematic_pattern__valence','valence_name','fvsnap_kinematics.__kinematic_pattern__valence.valence_name');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_photometry` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_photometry`;
DROP TABLE IF EXISTS `#photometry_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#photometry_params` (
  `phot_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `baseline_s` double NOT NULL COMMENT ':float64:pre-stimulus baseline subtracted per trial',
  `post_s` double NOT NULL COMMENT ':float64:seconds after onset in each trial window',
  `rate_hz` double NOT NULL COMMENT ':float64:common clock of trial windows',
  `peak_window_s` double NOT NULL COMMENT ':float64:peak searched in [0, peak_window_s) after onset',
  `airpls_lambda` double DEFAULT NULL COMMENT ':float64:airPLS bleaching-baseline smoothness at 15 Hz; NULL: no correction',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`phot_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#photometry_params` WRITE;
/*!40000 ALTER TABLE `#photometry_params` DISABLE KEYS */;
INSERT INTO `#photometry_params` VALUES
(0,4,6,15,2,10000000,'paper: airPLS bleaching correction, least-squares control fit, dF/F, 4 s baseline, 15 Hz'),
(1,4,6,15,2,NULL,'no bleaching correction (control fit only), for comparison');
/*!40000 ALTER TABLE `#photometry_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__neuron_type_pattern`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__neuron_type_pattern` (
  `phot_paramset` smallint(6) NOT NULL,
  `n_sessions` int(11) NOT NULL COMMENT ':int32:',
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`phot_paramset`),
  CONSTRAINT `__neuron_type_pattern_ibfk_1` FOREIGN KEY (`phot_paramset`) REFERENCES `#photometry_params` (`phot_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 6: the response pattern of each recorded neuron type across the cohort, on the z-scored';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__neuron_type_pattern` WRITE;
/*!40000 ALTER TABLE `__neuron_type_pattern` DISABLE KEYS */;
/*!40000 ALTER TABLE `__neuron_type_pattern` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__neuron_type_pattern__cell_type`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__neuron_type_pattern__cell_type` (
  `phot_paramset` smallint(6) NOT NULL,
  `cell_type` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `across_stimuli` longblob NOT NULL COMMENT ':<blob>:Kruskal-Wallis + Dunn of trial peak_z across stimuli',
  `positive_vs_negative` longblob NOT NULL COMMENT ':<blob>:Mann-Whitney of trial peak_z, positive vs negative stimuli',
  PRIMARY KEY (`phot_paramset`,`cell_type`),
  CONSTRAINT `__neuron_type_pattern__cell_type_ibfk_1` FOREIGN KEY (`phot_paramset`) REFERENCES `__neuron_type_pattern` (`phot_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__neuron_type_pattern__cell_type` WRITE;
/*!40000 ALTER TABLE `__neuron_type_pattern__cell_type` DISABLE KEYS */;
/*!40000 ALTER TABLE `__neuron_type_pattern__cell_type` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__neuron_type_pattern__source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__neuron_type_pattern__source` (
  `phot_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `stimulus` varchar(32) NOT NULL,
  PRIMARY KEY (`phot_paramset`,`subject_id`,`session_id`,`stimulus`),
  KEY `subject_id` (`subject_id`,`session_id`,`phot_paramset`,`stimulus`),
  CONSTRAINT `__neuron_type_pattern__source_ibfk_1` FOREIGN KEY (`phot_paramset`) REFERENCES `__neuron_type_pattern` (`phot_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__neuron_type_pattern__source_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `phot_paramset`, `stimulus`) REFERENCES `__photometry_p_s_t_h` (`subject_id`, `session_id`, `phot_paramset`, `stimulus`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='every PSTH the pattern was built from (lineage)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__neuron_type_pattern__source` WRITE;
/*!40000 ALTER TABLE `__neuron_type_pattern__source` DISABLE KEYS */;
/*!40000 ALTER TABLE `__neuron_type_pattern__source` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__neuron_type_pattern__stimulus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__neuron_type_pattern__stimulus` (
  `phot_paramset` smallint(6) NOT NULL,
  `cell_type` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `stimulus_name` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `valence` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `mean_peak_z` double DEFAULT NULL COMMENT ':float64:',
  `sem_peak_z` double DEFAULT NULL COMMENT ':float64:',
  `mean_ratio_to_water` double DEFAULT NULL COMMENT ':float64:mean over sessions of PhotometryPSTH.ratio_to_water',
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `n_sessions` int(11) NOT NULL COMMENT ':int32:',
  `stats` longblob NOT NULL COMMENT ':<blob>:one-sample t vs 0 of the trial peaks, Bonferroni-adjusted p',
  PRIMARY KEY (`phot_paramset`,`cell_type`,`stimulus_name`),
  CONSTRAINT `__neuron_type_pattern__stimulus_ibfk_1` FOREIGN KEY (`phot_paramset`) REFERENCES `__neuron_type_pattern` (`phot_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__neuron_type_pattern__stimulus` WRITE;
/*!40000 ALTER TABLE `__neuron_type_pattern__stimulus` DISABLE KEYS */;
/*!40000 ALTER TABLE `__neuron_type_pattern__stimulus` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__photometry_p_s_t_h`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__photometry_p_s_t_h` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `stimulus` varchar(32) NOT NULL,
  `times` longblob NOT NULL COMMENT ':<blob>:s from onset',
  `mean_dff` longblob NOT NULL COMMENT ':<blob>:',
  `sd_dff` longblob NOT NULL COMMENT ':<blob>:',
  `mean_z` longblob NOT NULL COMMENT ':<blob>:mean of the z-scored rows',
  `peak_dff` double DEFAULT NULL COMMENT ':float64:peak of the mean within the peak window',
  `peak_z` double DEFAULT NULL COMMENT ':float64:',
  `water_peak` double DEFAULT NULL COMMENT ':float64:peak of the session''s water-trial mean (same window)',
  `ratio_to_water` double DEFAULT NULL COMMENT ':float64:peak_dff / water_peak; NULL without water trials or a water peak <= 0',
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`phot_paramset`,`stimulus`),
  KEY `stimulus` (`stimulus`),
  CONSTRAINT `__photometry_p_s_t_h_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `phot_paramset`) REFERENCES `__photometry_trace` (`subject_id`, `session_id`, `phot_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__photometry_p_s_t_h_ibfk_2` FOREIGN KEY (`stimulus`) REFERENCES `fvsnap_session`.`#stimulus` (`stimulus`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Mean and SD of baseline-subtracted dF/F over the trials of one stimulus in a session (Fig. 6),';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__photometry_p_s_t_h` WRITE;
/*!40000 ALTER TABLE `__photometry_p_s_t_h` DISABLE KEYS */;
/*!40000 ALTER TABLE `__photometry_p_s_t_h` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__photometry_p_s_t_h__trial_p_s_t_h`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__photometry_p_s_t_h__trial_p_s_t_h` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `stimulus` varchar(32) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `dff` longblob NOT NULL COMMENT ':<blob>:',
  `dff_z` longblob NOT NULL COMMENT ':<blob>:',
  `peak_dff` double DEFAULT NULL COMMENT ':float64:',
  `peak_z` double DEFAULT NULL COMMENT ':float64:',
  PRIMARY KEY (`subject_id`,`session_id`,`phot_paramset`,`stimulus`,`trial_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`trial_id`),
  CONSTRAINT `__photometry_p_s_t_h__trial_p_s_t_h_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `phot_paramset`, `stimulus`) REFERENCES `__photometry_p_s_t_h` (`subject_id`, `session_id`, `phot_paramset`, `stimulus`) ON UPDATE CASCADE,
  CONSTRAINT `__photometry_p_s_t_h__trial_p_s_t_h_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `trial_id`) REFERENCES `fvsnap_session`.`trial` (`subject_id`, `session_id`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='one heatmap row of Fig. 6';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__photometry_p_s_t_h__trial_p_s_t_h` WRITE;
/*!40000 ALTER TABLE `__photometry_p_s_t_h__trial_p_s_t_h` DISABLE KEYS */;
/*!40000 ALTER TABLE `__photometry_p_s_t_h__trial_p_s_t_h` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__photometry_trace`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__photometry_trace` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `times` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`times`)),
  `dff` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`dff`)),
  `dff_z` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:' CHECK (json_valid(`dff_z`)),
  `rate_hz` double NOT NULL COMMENT ':float64:signal channel''s own rate',
  `fit_slope` double NOT NULL COMMENT ':float64:fitted control = slope * control + intercept',
  `fit_intercept` double NOT NULL COMMENT ':float64:',
  `bleaching` varchar(64) NOT NULL COMMENT ':varchar(64):airPLS lambda used, or "none"',
  `control_used` varchar(255) NOT NULL COMMENT ':varchar(255):which control channel was fitted (isosbestic or red, from the NWB)',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`phot_paramset`),
  KEY `phot_paramset` (`phot_paramset`),
  CONSTRAINT `__photometry_trace_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`) REFERENCES `fvsnap_session`.`nwbfile` (`subject_id`, `session_id`) ON UPDATE CASCADE,
  CONSTRAINT `__photometry_trace_ibfk_2` FOREIGN KEY (`phot_paramset`) REFERENCES `#photometry_params` (`phot_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Session dF/F = (signal - fitted control) / fitted control at the signal''s timestamps, after';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__photometry_trace` WRITE;
/*!40000 ALTER TABLE `__photometry_trace` DISABLE KEYS */;
/*!40000 ALTER TABLE `__photometry_trace` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#photometry_params','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__neuron_type_pattern','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__neuron_type_pattern__cell_type','cell_type','fvsnap_photometry.__neuron_type_pattern__cell_type.cell_type'),
('__neuron_type_pattern__cell_type','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__neuron_type_pattern__source','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__neuron_type_pattern__source','session_id','fvsnap_session.session.session_id'),
('__neuron_type_pattern__source','stimulus','fvsnap_session.#stimulus.stimulus'),
('__neuron_type_pattern__source','subject_id','fvsnap_session.subject.subject_id'),
('__neuron_type_pattern__stimulus','cell_type','fvsnap_photometry.__neuron_type_pattern__stimulus.cell_type'),
('__neuron_type_pattern__stimulus','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__neuron_type_pattern__stimulus','stimulus_name','fvsnap_photometry.__neuron_type_pattern__stimulus.stimulus_name'),
('__photometry_p_s_t_h','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__photometry_p_s_t_h','session_id','fvsnap_session.session.session_id'),
('__photometry_p_s_t_h','stimulus','fvsnap_session.#stimulus.stimulus'),
('__photometry_p_s_t_h','subject_id','fvsnap_session.subject.subject_id'),
('__photometry_p_s_t_h__trial_p_s_t_h','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__photometry_p_s_t_h__trial_p_s_t_h','session_id','fvsnap_session.session.session_id'),
('__photometry_p_s_t_h__trial_p_s_t_h','stimulus','fvsnap_session.#stimulus.stimulus'),
('__photometry_p_s_t_h__trial_p_s_t_h','subject_id','fvsnap_session.subject.subject_id'),
('__photometry_p_s_t_h__trial_p_s_t_h','trial_id','fvsnap_session.trial.trial_id'),
('__photometry_trace','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__photometry_trace','session_id','fvsnap_session.session.session_id'),
('__photometry_trace','subject_id','fvsnap_session.subject.subject_id');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_correlation` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_correlation`;
DROP TABLE IF EXISTS `#correlation_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#correlation_params` (
  `corr_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `window_s` double NOT NULL COMMENT ':float64:seconds after onset',
  `rate_hz` double NOT NULL COMMENT ':float64:common clock for both signals',
  `n_shuffles` int(11) NOT NULL COMMENT ':int32:',
  `baseline_s` double DEFAULT NULL COMMENT ':float64:both signals taken relative to their mean over this pre-onset time; NULL: raw',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`corr_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#correlation_params` WRITE;
/*!40000 ALTER TABLE `#correlation_params` DISABLE KEYS */;
INSERT INTO `#correlation_params` VALUES
(0,2,15,1000,4,'paper: 2 s after onset at 15 Hz, Spearman, one-sided shuffle test; both signals relative to their 4 s pre-stimulus mean, as the PSTHs');
/*!40000 ALTER TABLE `#correlation_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__face_neural_correlation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__face_neural_correlation` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `stimulus` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `corr_paramset` smallint(6) NOT NULL,
  `similarity_kind` varchar(16) NOT NULL COMMENT ':varchar(16):positive | negative | difference (neutral stimuli)',
  `rho` double DEFAULT NULL COMMENT ':float64:NULL when a signal is constant or fewer than 3 samples',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  `p_shuffle` double DEFAULT NULL COMMENT ':float64:one-sided: rho larger than with shuffled pairs',
  `n` int(11) NOT NULL COMMENT ':int32:samples pooled over trials',
  `slope` double DEFAULT NULL COMMENT ':float64:least-squares line of similarity on z-scored dF/F',
  `slope_ci_low` double DEFAULT NULL COMMENT ':float64:95-percent confidence interval of the slope',
  `slope_ci_high` double DEFAULT NULL COMMENT ':float64:',
  `intercept` double DEFAULT NULL COMMENT ':float64:',
  `stats` longblob NOT NULL COMMENT ':<blob>:the tidy record, with a summary of the shuffled rhos',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`phot_paramset`,`stimulus`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`corr_paramset`),
  KEY `subject_id` (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`),
  KEY `corr_paramset` (`corr_paramset`),
  CONSTRAINT `__face_neural_correlation_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `phot_paramset`, `stimulus`) REFERENCES `fvsnap_photometry`.`__photometry_p_s_t_h` (`subject_id`, `session_id`, `phot_paramset`, `stimulus`) ON UPDATE CASCADE,
  CONSTRAINT `__face_neural_correlation_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `fvsnap_face`.`__prototype_score` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__face_neural_correlation_ibfk_3` FOREIGN KEY (`corr_paramset`) REFERENCES `#correlation_params` (`corr_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Spearman rho between z-scored dF/F and the similarity to the stimulus''s valence prototype,';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__face_neural_correlation` WRITE;
/*!40000 ALTER TABLE `__face_neural_correlation` DISABLE KEYS */;
/*!40000 ALTER TABLE `__face_neural_correlation` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__face_neural_pattern`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__face_neural_pattern` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `corr_paramset` smallint(6) NOT NULL,
  `n_sessions` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`phot_paramset`,`corr_paramset`),
  KEY `phot_paramset` (`phot_paramset`),
  KEY `corr_paramset` (`corr_paramset`),
  CONSTRAINT `__face_neural_pattern_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `fvsnap_face`.`__prototype` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__face_neural_pattern_ibfk_2` FOREIGN KEY (`phot_paramset`) REFERENCES `fvsnap_photometry`.`#photometry_params` (`phot_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__face_neural_pattern_ibfk_3` FOREIGN KEY (`corr_paramset`) REFERENCES `#correlation_params` (`corr_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 7A-B: per neuron type and valence, every trial of every session pooled (z-scored dF/F';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__face_neural_pattern` WRITE;
/*!40000 ALTER TABLE `__face_neural_pattern` DISABLE KEYS */;
/*!40000 ALTER TABLE `__face_neural_pattern` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__face_neural_pattern__cell_type_valence`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__face_neural_pattern__cell_type_valence` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `corr_paramset` smallint(6) NOT NULL,
  `cell_type` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `valence_name` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `n_sessions` int(11) NOT NULL COMMENT ':int32:',
  `rho` double DEFAULT NULL COMMENT ':float64:NULL when a signal is constant or fewer than 3 samples',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  `p_shuffle` double DEFAULT NULL COMMENT ':float64:one-sided: rho larger than with shuffled pairs',
  `n` int(11) NOT NULL COMMENT ':int32:samples pooled over trials',
  `slope` double DEFAULT NULL COMMENT ':float64:least-squares line of similarity on z-scored dF/F',
  `slope_ci_low` double DEFAULT NULL COMMENT ':float64:95-percent confidence interval of the slope',
  `slope_ci_high` double DEFAULT NULL COMMENT ':float64:',
  `intercept` double DEFAULT NULL COMMENT ':float64:',
  `stats` longblob NOT NULL COMMENT ':<blob>:the tidy record, with a summary of the shuffled rhos',
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`phot_paramset`,`corr_paramset`,`cell_type`,`valence_name`),
  CONSTRAINT `__face_neural_pattern__cell_type_valence_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `phot_paramset`, `corr_paramset`) REFERENCES `__face_neural_pattern` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `phot_paramset`, `corr_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__face_neural_pattern__cell_type_valence` WRITE;
/*!40000 ALTER TABLE `__face_neural_pattern__cell_type_valence` DISABLE KEYS */;
/*!40000 ALTER TABLE `__face_neural_pattern__cell_type_valence` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__face_neural_pattern__source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__face_neural_pattern__source` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `phot_paramset` smallint(6) NOT NULL,
  `corr_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `stimulus` varchar(32) NOT NULL,
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`phot_paramset`,`corr_paramset`,`subject_id`,`session_id`,`stimulus`),
  KEY `subject_id` (`subject_id`,`session_id`,`phot_paramset`,`stimulus`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`corr_paramset`),
  CONSTRAINT `__face_neural_pattern__source_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `phot_paramset`, `corr_paramset`) REFERENCES `__face_neural_pattern` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `phot_paramset`, `corr_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__face_neural_pattern__source_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `phot_paramset`, `stimulus`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `corr_paramset`) REFERENCES `__face_neural_correlation` (`subject_id`, `session_id`, `phot_paramset`, `stimulus`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `corr_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__face_neural_pattern__source` WRITE;
/*!40000 ALTER TABLE `__face_neural_pattern__source` DISABLE KEYS */;
/*!40000 ALTER TABLE `__face_neural_pattern__source` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#correlation_params','corr_paramset','fvsnap_correlation.#correlation_params.corr_paramset'),
('__face_neural_correlation','corr_paramset','fvsnap_correlation.#correlation_params.corr_paramset'),
('__face_neural_correlation','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__face_neural_correlation','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__face_neural_correlation','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__face_neural_correlation','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__face_neural_correlation','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__face_neural_correlation','session_id','fvsnap_session.session.session_id'),
('__face_neural_correlation','stimulus','fvsnap_session.#stimulus.stimulus'),
('__face_neural_correlation','subject_id','fvsnap_session.subject.subject_id'),
('__face_neural_pattern','corr_paramset','fvsnap_correlation.#correlation_params.corr_paramset'),
('__face_neural_pattern','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__face_neural_pattern','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__face_neural_pattern','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__face_neural_pattern','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__face_neural_pattern','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__face_neural_pattern__cell_type_valence','cell_type','fvsnap_correlation.__face_neural_pattern__cell_type_valence.cell_type'),
('__face_neural_pattern__cell_type_valence','corr_paramset','fvsnap_correlation.#correlation_params.corr_paramset'),
('__face_neural_pattern__cell_type_valence','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__face_neural_pattern__cell_type_valence','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__face_neural_pattern__cell_type_valence','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__face_neural_pattern__cell_type_valence','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__face_neural_pattern__cell_type_valence','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__face_neural_pattern__cell_type_valence','valence_name','fvsnap_correlation.__face_neural_pattern__cell_type_valence.valence_name'),
('__face_neural_pattern__source','corr_paramset','fvsnap_correlation.#correlation_params.corr_paramset'),
('__face_neural_pattern__source','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__face_neural_pattern__source','phot_paramset','fvsnap_photometry.#photometry_params.phot_paramset'),
('__face_neural_pattern__source','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__face_neural_pattern__source','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__face_neural_pattern__source','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__face_neural_pattern__source','session_id','fvsnap_session.session.session_id'),
('__face_neural_pattern__source','stimulus','fvsnap_session.#stimulus.stimulus'),
('__face_neural_pattern__source','subject_id','fvsnap_session.subject.subject_id');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_models` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_models`;
DROP TABLE IF EXISTS `#pose_decoding_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#pose_decoding_params` (
  `decode_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `regions` longblob NOT NULL COMMENT ':<blob>:region -> keypoint names (4 of highest variance are used; ''mixed'' added)',
  `n_keypoints` smallint(6) NOT NULL COMMENT ':int16:',
  `pre_s` double NOT NULL COMMENT ':float64:window before onset',
  `post_s` double NOT NULL COMMENT ':float64:window after onset',
  `step` smallint(6) NOT NULL COMMENT ':int16:every step-th frame',
  `hidden` smallint(6) NOT NULL COMMENT ':int16:',
  `layers` smallint(6) NOT NULL COMMENT ':int16:',
  `dropout` double NOT NULL COMMENT ':float64:',
  `epochs` smallint(6) NOT NULL COMMENT ':int16:',
  `lr` double NOT NULL COMMENT ':float64:',
  `batch` smallint(6) NOT NULL COMMENT ':int16:',
  `n_folds` smallint(6) NOT NULL COMMENT ':int16:capped by the trials of the smallest class',
  `seed` int(11) NOT NULL COMMENT ':int32:',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  PRIMARY KEY (`decode_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#pose_decoding_params` WRITE;
/*!40000 ALTER TABLE `#pose_decoding_params` DISABLE KEYS */;
INSERT INTO `#pose_decoding_params` VALUES
(0,0x5A4C313233005904000000000000789C7D936D52833010866B2DA3D5FAD1D6AFD14B28709F0C94686321C98430BD88C7F326FE91906C9BB210FEB0E479F7CDEEB05B7CBF4F66B3897D16EE1D9DBB8066EAC785D3C8054B105D1E4524CF6AFA0CE0D60392719E115A7CD17BC0171ED64C3EC1F98D775EB1827C2AC1F523D0458FE6D966872CF75B56EFA86267AE6648427738E1475738BAE340DB8BC6E150ED0EC641DF38E41B877C93A06F12F24D42BE69D0370DF9A6C617FE7804435273D1E85FF731854941A3C3454D4DFE03806B1FE48A0DCD4DCBB462E588991833135A8B6A056CEE8252ECA92225938834525A823AAFDADEB6642314A70A752E1BC9CABF7EE7C8BD93996A5F80DCF5895D00D48DE51D7B03B63A61B6D591FDF125AF009743F966C3D6A0B83A55B408ADFBB17083FF018A5FAF29,4,0.5,2,3,256,3,0.3,60,0.001,32,10,0,'paper Fig. 5G: 4 keypoints/region, -0.5..+2 s, every 3rd frame, LSTM 3 x 256, dropout 0.3, 10-fold stratified CV by trial; classes = the stimuli (water = neutral)');
/*!40000 ALTER TABLE `#pose_decoding_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__pose_decoding`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__pose_decoding` (
  `kin_paramset` smallint(6) NOT NULL,
  `decode_paramset` smallint(6) NOT NULL,
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `classes` longblob NOT NULL COMMENT ':<blob>:',
  `chance` double NOT NULL COMMENT ':float64:1 / number of classes',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`kin_paramset`,`decode_paramset`),
  KEY `decode_paramset` (`decode_paramset`),
  CONSTRAINT `__pose_decoding_ibfk_1` FOREIGN KEY (`kin_paramset`) REFERENCES `fvsnap_kinematics`.`#kinematics_params` (`kin_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__pose_decoding_ibfk_2` FOREIGN KEY (`decode_paramset`) REFERENCES `#pose_decoding_params` (`decode_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 5G: LSTM decoding of the stimulus from each region''s keypoint trajectories, every analysed';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__pose_decoding` WRITE;
/*!40000 ALTER TABLE `__pose_decoding` DISABLE KEYS */;
/*!40000 ALTER TABLE `__pose_decoding` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__pose_decoding__fold`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__pose_decoding__fold` (
  `kin_paramset` smallint(6) NOT NULL,
  `decode_paramset` smallint(6) NOT NULL,
  `region` varchar(16) NOT NULL,
  `fold` smallint(6) NOT NULL COMMENT ':int16:',
  `accuracy` double NOT NULL COMMENT ':float64:',
  `n_test` int(11) NOT NULL COMMENT ':int32:',
  `test_trials` longblob NOT NULL COMMENT ':<blob>:"subject/session/trial" of the held-out trials',
  PRIMARY KEY (`kin_paramset`,`decode_paramset`,`region`,`fold`),
  CONSTRAINT `__pose_decoding__fold_ibfk_1` FOREIGN KEY (`kin_paramset`, `decode_paramset`, `region`) REFERENCES `__pose_decoding__region` (`kin_paramset`, `decode_paramset`, `region`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__pose_decoding__fold` WRITE;
/*!40000 ALTER TABLE `__pose_decoding__fold` DISABLE KEYS */;
/*!40000 ALTER TABLE `__pose_decoding__fold` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__pose_decoding__region`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__pose_decoding__region` (
  `kin_paramset` smallint(6) NOT NULL,
  `decode_paramset` smallint(6) NOT NULL,
  `region` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `keypoints` longblob NOT NULL COMMENT ':<blob>:the keypoints used',
  `mean_accuracy` double NOT NULL COMMENT ':float64:',
  `sem_accuracy` double NOT NULL COMMENT ':float64:',
  `n_folds` smallint(6) NOT NULL COMMENT ':int16:',
  `confusion` longblob NOT NULL COMMENT ':<blob>:(classes x classes) counts, rows = truth, summed over folds',
  PRIMARY KEY (`kin_paramset`,`decode_paramset`,`region`),
  CONSTRAINT `__pose_decoding__region_ibfk_1` FOREIGN KEY (`kin_paramset`, `decode_paramset`) REFERENCES `__pose_decoding` (`kin_paramset`, `decode_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__pose_decoding__region` WRITE;
/*!40000 ALTER TABLE `__pose_decoding__region` DISABLE KEYS */;
/*!40000 ALTER TABLE `__pose_decoding__region` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__pose_decoding__source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__pose_decoding__source` (
  `kin_paramset` smallint(6) NOT NULL,
  `decode_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  PRIMARY KEY (`kin_paramset`,`decode_paramset`,`subject_id`,`session_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`kin_paramset`),
  CONSTRAINT `__pose_decoding__source_ibfk_1` FOREIGN KEY (`kin_paramset`, `decode_paramset`) REFERENCES `__pose_decoding` (`kin_paramset`, `decode_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__pose_decoding__source_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `kin_paramset`) REFERENCES `fvsnap_kinematics`.`__kinematics` (`subject_id`, `session_id`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__pose_decoding__source` WRITE;
/*!40000 ALTER TABLE `__pose_decoding__source` DISABLE KEYS */;
/*!40000 ALTER TABLE `__pose_decoding__source` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#pose_decoding_params','decode_paramset','fvsnap_models.#pose_decoding_params.decode_paramset'),
('__pose_decoding','decode_paramset','fvsnap_models.#pose_decoding_params.decode_paramset'),
('__pose_decoding','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__pose_decoding__fold','decode_paramset','fvsnap_models.#pose_decoding_params.decode_paramset'),
('__pose_decoding__fold','fold','fvsnap_models.__pose_decoding__fold.fold'),
('__pose_decoding__fold','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__pose_decoding__fold','region','fvsnap_models.__pose_decoding__region.region'),
('__pose_decoding__region','decode_paramset','fvsnap_models.#pose_decoding_params.decode_paramset'),
('__pose_decoding__region','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__pose_decoding__region','region','fvsnap_models.__pose_decoding__region.region'),
('__pose_decoding__source','decode_paramset','fvsnap_models.#pose_decoding_params.decode_paramset'),
('__pose_decoding__source','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__pose_decoding__source','session_id','fvsnap_session.session.session_id'),
('__pose_decoding__source','subject_id','fvsnap_session.subject.subject_id');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_opto` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_opto`;
DROP TABLE IF EXISTS `__opto_effect`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__opto_effect` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `n_on` int(11) NOT NULL COMMENT ':int32:valenced trials with the laser on',
  `n_off` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`kin_paramset`),
  KEY `subject_id` (`subject_id`,`session_id`,`kin_paramset`),
  CONSTRAINT `__opto_effect_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `fvsnap_face`.`__prototype_score` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__opto_effect_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `kin_paramset`) REFERENCES `fvsnap_kinematics`.`__kinematics` (`subject_id`, `session_id`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='One session with laser epochs: laser-on vs laser-off trials per measure and valence';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__opto_effect` WRITE;
/*!40000 ALTER TABLE `__opto_effect` DISABLE KEYS */;
/*!40000 ALTER TABLE `__opto_effect` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__opto_effect__measure`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__opto_effect__measure` (
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `measure` varchar(32) NOT NULL COMMENT ':varchar(32):similarity_z | ear_angle | mouth_inclination',
  `valence_name` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `n_on` int(11) NOT NULL COMMENT ':int32:',
  `n_off` int(11) NOT NULL COMMENT ':int32:',
  `median_on` double DEFAULT NULL COMMENT ':float64:',
  `median_off` double DEFAULT NULL COMMENT ':float64:',
  `statistic` double DEFAULT NULL COMMENT ':float64:Mann-Whitney U',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  `stats` longblob NOT NULL COMMENT ':<blob>:the tidy record',
  PRIMARY KEY (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`kin_paramset`,`measure`,`valence_name`),
  CONSTRAINT `__opto_effect__measure_ibfk_1` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) REFERENCES `__opto_effect` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__opto_effect__measure` WRITE;
/*!40000 ALTER TABLE `__opto_effect__measure` DISABLE KEYS */;
/*!40000 ALTER TABLE `__opto_effect__measure` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__opto_group_effect`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__opto_group_effect` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `n_sessions` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`kin_paramset`),
  KEY `kin_paramset` (`kin_paramset`),
  CONSTRAINT `__opto_group_effect_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) REFERENCES `fvsnap_face`.`__prototype` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__opto_group_effect_ibfk_2` FOREIGN KEY (`kin_paramset`) REFERENCES `fvsnap_kinematics`.`#kinematics_params` (`kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 7E-G, J-L: laser-on vs laser-off trials pooled over the mice of each group (subject_group,';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__opto_group_effect` WRITE;
/*!40000 ALTER TABLE `__opto_group_effect` DISABLE KEYS */;
/*!40000 ALTER TABLE `__opto_group_effect` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__opto_group_effect__group`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__opto_group_effect__group` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `subject_group` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `measure` varchar(32) NOT NULL COMMENT ':varchar(32):',
  `valence_name` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `n_on` int(11) NOT NULL COMMENT ':int32:',
  `n_off` int(11) NOT NULL COMMENT ':int32:',
  `median_on` double DEFAULT NULL COMMENT ':float64:',
  `median_off` double DEFAULT NULL COMMENT ':float64:',
  `statistic` double DEFAULT NULL COMMENT ':float64:Mann-Whitney U',
  `p_value` double DEFAULT NULL COMMENT ':float64:',
  `stats` longblob NOT NULL COMMENT ':<blob>:the tidy record',
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`kin_paramset`,`subject_group`,`measure`,`valence_name`),
  CONSTRAINT `__opto_group_effect__group_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) REFERENCES `__opto_group_effect` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__opto_group_effect__group` WRITE;
/*!40000 ALTER TABLE `__opto_group_effect__group` DISABLE KEYS */;
/*!40000 ALTER TABLE `__opto_group_effect__group` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__opto_group_effect__source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__opto_group_effect__source` (
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `hog_paramset` smallint(6) NOT NULL,
  `proto_paramset` smallint(6) NOT NULL,
  `kin_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  PRIMARY KEY (`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`kin_paramset`,`subject_id`,`session_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`proto_id`,`reg_paramset`,`hog_paramset`,`proto_paramset`,`kin_paramset`),
  CONSTRAINT `__opto_group_effect__source_ibfk_1` FOREIGN KEY (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) REFERENCES `__opto_group_effect` (`proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__opto_group_effect__source_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) REFERENCES `__opto_effect` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`, `hog_paramset`, `proto_paramset`, `kin_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__opto_group_effect__source` WRITE;
/*!40000 ALTER TABLE `__opto_group_effect__source` DISABLE KEYS */;
/*!40000 ALTER TABLE `__opto_group_effect__source` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('__opto_effect','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__opto_effect','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__opto_effect','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__opto_effect','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__opto_effect','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__opto_effect','session_id','fvsnap_session.session.session_id'),
('__opto_effect','subject_id','fvsnap_session.subject.subject_id'),
('__opto_effect__measure','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__opto_effect__measure','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__opto_effect__measure','measure','fvsnap_opto.__opto_effect__measure.measure'),
('__opto_effect__measure','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__opto_effect__measure','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__opto_effect__measure','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__opto_effect__measure','session_id','fvsnap_session.session.session_id'),
('__opto_effect__measure','subject_id','fvsnap_session.subject.subject_id'),
('__opto_effect__measure','valence_name','fvsnap_opto.__opto_effect__measure.valence_name'),
('__opto_group_effect','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__opto_group_effect','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__opto_group_effect','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__opto_group_effect','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__opto_group_effect','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__opto_group_effect__group','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__opto_group_effect__group','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__opto_group_effect__group','measure','fvsnap_opto.__opto_group_effect__group.measure'),
('__opto_group_effect__group','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__opto_group_effect__group','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__opto_group_effect__group','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__opto_group_effect__group','subject_group','fvsnap_opto.__opto_group_effect__group.subject_group'),
('__opto_group_effect__group','valence_name','fvsnap_opto.__opto_group_effect__group.valence_name'),
('__opto_group_effect__source','hog_paramset','fvsnap_face.#h_o_g_params.hog_paramset'),
('__opto_group_effect__source','kin_paramset','fvsnap_kinematics.#kinematics_params.kin_paramset'),
('__opto_group_effect__source','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__opto_group_effect__source','proto_paramset','fvsnap_face.#prototype_params.proto_paramset'),
('__opto_group_effect__source','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__opto_group_effect__source','session_id','fvsnap_session.session.session_id'),
('__opto_group_effect__source','subject_id','fvsnap_session.subject.subject_id');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;

CREATE DATABASE /*!32312 IF NOT EXISTS*/ `fvsnap_deep` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */;

USE `fvsnap_deep`;
DROP TABLE IF EXISTS `#grad_c_a_m_model`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#grad_c_a_m_model` (
  `cam_model` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `explained` varchar(255) NOT NULL COMMENT ':varchar(255):',
  PRIMARY KEY (`cam_model`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#grad_c_a_m_model` WRITE;
/*!40000 ALTER TABLE `#grad_c_a_m_model` DISABLE KEYS */;
INSERT INTO `#grad_c_a_m_model` VALUES
('classifier','the true class\'s logit, test frames, averaged per stimulus'),
('siamese','-distance for same-valence pairs, +distance for different-valence pairs (test mice)');
/*!40000 ALTER TABLE `#grad_c_a_m_model` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `#model_params`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `#model_params` (
  `model_paramset` smallint(6) NOT NULL COMMENT ':int16:',
  `image_size` smallint(6) NOT NULL COMMENT ':int16:px, square face crop fed to ResNet18',
  `crop_margin` double NOT NULL COMMENT ':float64:face box grown by this x its side on each edge',
  `post_s` double NOT NULL COMMENT ':float64:stimulus frames: 0..post_s after onset',
  `neutral_s` double NOT NULL COMMENT ':float64:neutral frames: -neutral_s..0 before onset',
  `frame_step` smallint(6) NOT NULL COMMENT ':int16:every frame_step-th stimulus frame',
  `neutral_step` smallint(6) NOT NULL COMMENT ':int16:every neutral_step-th neutral frame',
  `epochs` smallint(6) NOT NULL COMMENT ':int16:',
  `batch` smallint(6) NOT NULL COMMENT ':int16:',
  `lr` double NOT NULL COMMENT ':float64:',
  `momentum` double NOT NULL COMMENT ':float64:',
  `weight_decay` double NOT NULL COMMENT ':float64:',
  `val_fraction` double NOT NULL COMMENT ':float64:of the non-test trials, by trial',
  `siamese_pairs` int(11) NOT NULL COMMENT ':int32:training pairs of each kind (similar, dissimilar)',
  `siamese_test_mice` smallint(6) NOT NULL COMMENT ':int16:mice held out for the Siamese test (split by mouse)',
  `siamese_epochs` smallint(6) NOT NULL COMMENT ':int16:',
  `occlusion_folds` smallint(6) NOT NULL COMMENT ':int16:k-fold CV by trial per occluded region',
  `occlusion_epochs` smallint(6) NOT NULL COMMENT ':int16:',
  `occlusion_step` smallint(6) NOT NULL COMMENT ':int16:every k-th frame of the dataset in the occlusion runs',
  `mask_dilate_px` smallint(6) NOT NULL COMMENT ':int16:region masks grown by this many px (at image_size)',
  `gradcam_frames` smallint(6) NOT NULL COMMENT ':int16:test frames per stimulus averaged into a Grad-CAM map',
  `kin_paramset` smallint(6) NOT NULL COMMENT ':int16:FaceFeatures whose keypoints place the face box and the masks',
  `seed` int(11) NOT NULL COMMENT ':int32:',
  `description` varchar(255) NOT NULL DEFAULT '' COMMENT ':varchar(255):',
  `registered` tinyint(4) NOT NULL DEFAULT 0 COMMENT ':bool:1: frames registered onto the template face first; 0: each session''s own frames',
  PRIMARY KEY (`model_paramset`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `#model_params` WRITE;
/*!40000 ALTER TABLE `#model_params` DISABLE KEYS */;
INSERT INTO `#model_params` VALUES
(0,224,0.12,2,2,1,5,50,256,0.001,0.9,0.0001,0.2,20000,5,50,10,50,1,8,200,0,0,'paper (GPU): 224 px, 0-2 s frames, SGD lr 1e-3 momentum 0.9, 50 epochs, batch 256, 80/20 by trial; Siamese 5 test mice; occlusion 10-fold by trial',0),
(1,80,0.12,2,2,3,15,10,32,0.01,0.9,0.0001,0.2,600,2,5,3,6,3,3,40,0,0,'CPU demo: 80 px (layer4 3 x 3), every 3rd frame, 10 epochs, batch 32, lr 1e-2 (short runs); occlusion 3-fold',0),
(2,80,0.12,2,2,6,30,8,32,0.01,0.9,0.0001,0.2,200,2,4,2,6,2,3,12,0,0,'CPU test: 80 px, every 6th frame, 8 epochs, lr 1e-2; occlusion 2-fold on every 2nd frame',0);
/*!40000 ALTER TABLE `#model_params` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__classifier_training`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__classifier_training` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `chance` double NOT NULL COMMENT ':float64:1 / number of classes',
  `test_accuracy` double NOT NULL COMMENT ':float64:held-out test trials, frame-wise',
  `shuffled_accuracy` double NOT NULL COMMENT ':float64:same, network trained on shuffled labels',
  `cross_mouse` double DEFAULT NULL COMMENT ':float64:frame-wise accuracy on the held-out mouse',
  `held_out_mouse` varchar(32) NOT NULL DEFAULT '' COMMENT ':varchar(32):',
  `stats` longblob NOT NULL COMMENT ':<blob>:Welch t of per-mouse test accuracy, real vs shuffled',
  `history` longblob NOT NULL COMMENT ':<blob>:per epoch: loss, train acc, val acc',
  `initial` varchar(255) NOT NULL COMMENT ':varchar(255):scratch, or the ImageNet checkpoint and its sha256',
  `device` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `train_seconds` double NOT NULL COMMENT ':float64:',
  `images_per_s` double NOT NULL COMMENT ':float64:training throughput (augmented forward + backward)',
  `checkpoint` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<object@facevalence>:trained state_dict (torch.save)' CHECK (json_valid(`checkpoint`)),
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`),
  CONSTRAINT `__classifier_training_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 1D-E / S2: ResNet18 stimulus classifier (stimuli + neutral) on the trial-level split, with a';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__classifier_training` WRITE;
/*!40000 ALTER TABLE `__classifier_training` DISABLE KEYS */;
/*!40000 ALTER TABLE `__classifier_training` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__classifier_training__per_mouse`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__classifier_training__per_mouse` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `run` varchar(16) NOT NULL COMMENT 'real | shuffled | cross-mouse',
  `subject_id` varchar(32) NOT NULL,
  `accuracy` double NOT NULL COMMENT ':float64:',
  `n_test` int(11) NOT NULL COMMENT ':int32:',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`run`,`subject_id`),
  KEY `subject_id` (`subject_id`),
  CONSTRAINT `__classifier_training__per_mouse_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`, `run`) REFERENCES `__classifier_training__run` (`model_paramset`, `proto_id`, `reg_paramset`, `run`) ON UPDATE CASCADE,
  CONSTRAINT `__classifier_training__per_mouse_ibfk_2` FOREIGN KEY (`subject_id`) REFERENCES `fvsnap_session`.`subject` (`subject_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__classifier_training__per_mouse` WRITE;
/*!40000 ALTER TABLE `__classifier_training__per_mouse` DISABLE KEYS */;
/*!40000 ALTER TABLE `__classifier_training__per_mouse` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__classifier_training__run`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__classifier_training__run` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `run` varchar(16) NOT NULL COMMENT ':varchar(16):real | shuffled | cross-mouse',
  `accuracy` double NOT NULL COMMENT ':float64:',
  `n_test` int(11) NOT NULL COMMENT ':int32:frames',
  `confusion` longblob NOT NULL COMMENT ':<blob>:(classes x classes) frame counts, rows = truth',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`run`),
  CONSTRAINT `__classifier_training__run_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__classifier_training` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__classifier_training__run` WRITE;
/*!40000 ALTER TABLE `__classifier_training__run` DISABLE KEYS */;
/*!40000 ALTER TABLE `__classifier_training__run` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__deep_dataset`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__deep_dataset` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `classes` longblob NOT NULL COMMENT ':<blob>:class names (the stimuli + neutral), index = target',
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `n_trials` int(11) NOT NULL COMMENT ':int32:',
  `box` longblob NOT NULL COMMENT ':<blob>:(x0, y0, side) of the face crop, template px (registered) or one per session',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`),
  CONSTRAINT `__deep_dataset_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `model_selection` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='The frames the deep models see: laser-off trials of every registered analysis session with pose';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__deep_dataset` WRITE;
/*!40000 ALTER TABLE `__deep_dataset` DISABLE KEYS */;
/*!40000 ALTER TABLE `__deep_dataset` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__deep_dataset__mask`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__deep_dataset__mask` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `region` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `mask` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(image_size, image_size) bool' CHECK (json_valid(`mask`)),
  `area` double NOT NULL COMMENT ':float64:fraction of the image',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`region`),
  CONSTRAINT `__deep_dataset__mask_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__deep_dataset__mask` WRITE;
/*!40000 ALTER TABLE `__deep_dataset__mask` DISABLE KEYS */;
/*!40000 ALTER TABLE `__deep_dataset__mask` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__deep_dataset__session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__deep_dataset__session` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `matrix` longblob NOT NULL COMMENT ':<blob>:2 x 3: session px -> crop px at image_size',
  `frame_index` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:video frame of each sample' CHECK (json_valid(`frame_index`)),
  `trial_id` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:its trial' CHECK (json_valid(`trial_id`)),
  `label` longblob NOT NULL COMMENT ':<blob>:its class name',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`subject_id`,`session_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`proto_id`,`reg_paramset`),
  CONSTRAINT `__deep_dataset__session_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__deep_dataset__session_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `proto_id`, `reg_paramset`) REFERENCES `fvsnap_face`.`__registration` (`subject_id`, `session_id`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__deep_dataset__session` WRITE;
/*!40000 ALTER TABLE `__deep_dataset__session` DISABLE KEYS */;
/*!40000 ALTER TABLE `__deep_dataset__session` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__deep_dataset__trial_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__deep_dataset__trial_role` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `subject_id` varchar(32) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `trial_id` int(11) NOT NULL,
  `role` varchar(8) NOT NULL COMMENT ':varchar(8):train | val | test (one held-out test trial per stimulus per mouse)',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`subject_id`,`session_id`,`trial_id`),
  KEY `subject_id` (`subject_id`,`session_id`,`trial_id`),
  CONSTRAINT `__deep_dataset__trial_role_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__deep_dataset__trial_role_ibfk_2` FOREIGN KEY (`subject_id`, `session_id`, `trial_id`) REFERENCES `fvsnap_session`.`trial` (`subject_id`, `session_id`, `trial_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__deep_dataset__trial_role` WRITE;
/*!40000 ALTER TABLE `__deep_dataset__trial_role` DISABLE KEYS */;
/*!40000 ALTER TABLE `__deep_dataset__trial_role` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__grad_c_a_m_map`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__grad_c_a_m_map` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `cam_model` varchar(16) NOT NULL,
  `animated_share` double NOT NULL COMMENT ':float64:share of the mass on the ears + mouth',
  `background_share` double NOT NULL COMMENT ':float64:share of the mass outside the keypoints'' hull',
  `animated_enrichment` double NOT NULL COMMENT ':float64:animated_share / the ears'' + mouth''s share of the image',
  `background_enrichment` double NOT NULL COMMENT ':float64:background_share / the background''s share of the image',
  `regions` longblob NOT NULL COMMENT ':<blob>:region -> {mass, area, enrichment} over all maps',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`cam_model`),
  KEY `cam_model` (`cam_model`),
  CONSTRAINT `__grad_c_a_m_map_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `__grad_c_a_m_map_ibfk_2` FOREIGN KEY (`cam_model`) REFERENCES `#grad_c_a_m_model` (`cam_model`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 1F / 2C: Grad-CAM on the last conv block (layer4), averaged per stimulus (classifier) or per';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__grad_c_a_m_map` WRITE;
/*!40000 ALTER TABLE `__grad_c_a_m_map` DISABLE KEYS */;
/*!40000 ALTER TABLE `__grad_c_a_m_map` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__grad_c_a_m_map__map`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__grad_c_a_m_map__map` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `cam_model` varchar(16) NOT NULL,
  `label` varchar(32) NOT NULL COMMENT ':varchar(32):stimulus | same valence | different valence',
  `heatmap` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(size, size) float32 in [0, 1], mean over frames' CHECK (json_valid(`heatmap`)),
  `mean_frame` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<npy@facevalence>:(size, size) uint8, the frames'' mean' CHECK (json_valid(`mean_frame`)),
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `regions` longblob NOT NULL COMMENT ':<blob>:',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`cam_model`,`label`),
  CONSTRAINT `__grad_c_a_m_map__map_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`, `cam_model`) REFERENCES `__grad_c_a_m_map` (`model_paramset`, `proto_id`, `reg_paramset`, `cam_model`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__grad_c_a_m_map__map` WRITE;
/*!40000 ALTER TABLE `__grad_c_a_m_map__map` DISABLE KEYS */;
/*!40000 ALTER TABLE `__grad_c_a_m_map__map` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__occlusion_result`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__occlusion_result` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `n_folds` int(11) NOT NULL COMMENT ':int32:',
  `n_frames` int(11) NOT NULL COMMENT ':int32:',
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`),
  CONSTRAINT `__occlusion_result_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. S5D-E: occlusion sensitivity. One classifier per occluded region (ear, mouth, eye, whisker,';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__occlusion_result` WRITE;
/*!40000 ALTER TABLE `__occlusion_result` DISABLE KEYS */;
/*!40000 ALTER TABLE `__occlusion_result` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__occlusion_result__region`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__occlusion_result__region` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `region` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `mean_accuracy` double NOT NULL COMMENT ':float64:',
  `sem_accuracy` double NOT NULL COMMENT ':float64:',
  `drop` double NOT NULL COMMENT ':float64:accuracy with nothing occluded minus this (mean over folds)',
  `fold_accuracy` longblob NOT NULL COMMENT ':<blob>:',
  `area` double NOT NULL COMMENT ':float64:fraction of the image occluded',
  `stats` longblob NOT NULL COMMENT ':<blob>:paired Wilcoxon over folds vs nothing occluded',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`,`region`),
  CONSTRAINT `__occlusion_result__region_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__occlusion_result` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__occlusion_result__region` WRITE;
/*!40000 ALTER TABLE `__occlusion_result__region` DISABLE KEYS */;
/*!40000 ALTER TABLE `__occlusion_result__region` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `__siamese_training`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__siamese_training` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `train_mice` longblob NOT NULL COMMENT ':<blob>:',
  `test_mice` longblob NOT NULL COMMENT ':<blob>:',
  `margin` double NOT NULL COMMENT ':float64:contrastive margin = mean pair distance of the untrained network',
  `n_train_pairs` int(11) NOT NULL COMMENT ':int32:',
  `similar` longblob NOT NULL COMMENT ':<blob>:test-pair distances, similar pairs',
  `dissimilar` longblob NOT NULL COMMENT ':<blob>:test-pair distances, dissimilar pairs',
  `stats` longblob NOT NULL COMMENT ':<blob>:Welch t dissimilar vs similar; and the same with shuffled pair labels',
  `history` longblob NOT NULL COMMENT ':<blob>:',
  `initial` varchar(255) NOT NULL COMMENT ':varchar(255):',
  `device` varchar(16) NOT NULL COMMENT ':varchar(16):',
  `train_seconds` double NOT NULL COMMENT ':float64:',
  `checkpoint` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT ':<object@facevalence>:' CHECK (json_valid(`checkpoint`)),
  `_job_start_time` datetime(3) DEFAULT NULL COMMENT ':datetime(3):when computation began',
  `_job_duration` float DEFAULT NULL COMMENT ':float32:computation duration in seconds',
  `_job_version` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):code version',
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`),
  CONSTRAINT `__siamese_training_ibfk_1` FOREIGN KEY (`model_paramset`, `proto_id`, `reg_paramset`) REFERENCES `__deep_dataset` (`model_paramset`, `proto_id`, `reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Fig. 2A-B: Siamese ResNet18 (shared backbone, 512-d embedding, Euclidean distance, contrastive loss);';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__siamese_training` WRITE;
/*!40000 ALTER TABLE `__siamese_training` DISABLE KEYS */;
/*!40000 ALTER TABLE `__siamese_training` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `model_selection`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `model_selection` (
  `model_paramset` smallint(6) NOT NULL,
  `proto_id` varchar(32) NOT NULL,
  `reg_paramset` smallint(6) NOT NULL,
  `weights` varchar(1024) NOT NULL DEFAULT '' COMMENT ':varchar(1024):torchvision-format ResNet18 checkpoint; '''' = train from scratch',
  `weights_sha256` varchar(64) NOT NULL DEFAULT '' COMMENT ':varchar(64):',
  `_prov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT ':json:extrinsic provenance for a row that entered from outside' CHECK (json_valid(`_prov`)),
  PRIMARY KEY (`model_paramset`,`proto_id`,`reg_paramset`),
  KEY `proto_id` (`proto_id`),
  KEY `reg_paramset` (`reg_paramset`),
  CONSTRAINT `model_selection_ibfk_1` FOREIGN KEY (`model_paramset`) REFERENCES `#model_params` (`model_paramset`) ON UPDATE CASCADE,
  CONSTRAINT `model_selection_ibfk_2` FOREIGN KEY (`proto_id`) REFERENCES `fvsnap_face`.`prototype_mouse` (`proto_id`) ON UPDATE CASCADE,
  CONSTRAINT `model_selection_ibfk_3` FOREIGN KEY (`reg_paramset`) REFERENCES `fvsnap_face`.`#registration_params` (`reg_paramset`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='A deep-model run to make: parameters x registration onto the template face (+ optional ImageNet weights)';
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `model_selection` WRITE;
/*!40000 ALTER TABLE `model_selection` DISABLE KEYS */;
/*!40000 ALTER TABLE `model_selection` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `~lineage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `~lineage` (
  `table_name` varchar(64) NOT NULL COMMENT 'table name within the schema',
  `attribute_name` varchar(64) NOT NULL COMMENT 'attribute name',
  `lineage` varchar(255) NOT NULL COMMENT 'origin: schema.table.attribute',
  PRIMARY KEY (`table_name`,`attribute_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `~lineage` WRITE;
/*!40000 ALTER TABLE `~lineage` DISABLE KEYS */;
INSERT INTO `~lineage` VALUES
('#grad_c_a_m_model','cam_model','fvsnap_deep.#grad_c_a_m_model.cam_model'),
('#model_params','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('model_selection','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('model_selection','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('model_selection','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__classifier_training','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__classifier_training','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__classifier_training','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__classifier_training__per_mouse','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__classifier_training__per_mouse','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__classifier_training__per_mouse','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__classifier_training__per_mouse','run','fvsnap_deep.__classifier_training__run.run'),
('__classifier_training__per_mouse','subject_id','fvsnap_session.subject.subject_id'),
('__classifier_training__run','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__classifier_training__run','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__classifier_training__run','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__classifier_training__run','run','fvsnap_deep.__classifier_training__run.run'),
('__deep_dataset','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__deep_dataset','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__deep_dataset','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__deep_dataset__mask','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__deep_dataset__mask','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__deep_dataset__mask','region','fvsnap_deep.__deep_dataset__mask.region'),
('__deep_dataset__mask','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__deep_dataset__session','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__deep_dataset__session','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__deep_dataset__session','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__deep_dataset__session','session_id','fvsnap_session.session.session_id'),
('__deep_dataset__session','subject_id','fvsnap_session.subject.subject_id'),
('__deep_dataset__trial_role','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__deep_dataset__trial_role','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__deep_dataset__trial_role','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__deep_dataset__trial_role','session_id','fvsnap_session.session.session_id'),
('__deep_dataset__trial_role','subject_id','fvsnap_session.subject.subject_id'),
('__deep_dataset__trial_role','trial_id','fvsnap_session.trial.trial_id'),
('__grad_c_a_m_map','cam_model','fvsnap_deep.#grad_c_a_m_model.cam_model'),
('__grad_c_a_m_map','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__grad_c_a_m_map','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__grad_c_a_m_map','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__grad_c_a_m_map__map','cam_model','fvsnap_deep.#grad_c_a_m_model.cam_model'),
('__grad_c_a_m_map__map','label','fvsnap_deep.__grad_c_a_m_map__map.label'),
('__grad_c_a_m_map__map','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__grad_c_a_m_map__map','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__grad_c_a_m_map__map','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__occlusion_result','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__occlusion_result','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__occlusion_result','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__occlusion_result__region','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__occlusion_result__region','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__occlusion_result__region','region','fvsnap_deep.__occlusion_result__region.region'),
('__occlusion_result__region','reg_paramset','fvsnap_face.#registration_params.reg_paramset'),
('__siamese_training','model_paramset','fvsnap_deep.#model_params.model_paramset'),
('__siamese_training','proto_id','fvsnap_face.prototype_mouse.proto_id'),
('__siamese_training','reg_paramset','fvsnap_face.#registration_params.reg_paramset');
/*!40000 ALTER TABLE `~lineage` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

